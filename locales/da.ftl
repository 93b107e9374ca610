## Trailmark's words in da.

## How numbers, quotes, dates and lists are written.

decimal-sign = ,
percent = { $number }{"\u00A0"}%
quoted = »{ $text }«
date-format = { $day }. { $month } { $year }
list-and = { $init } og { $last }

## Page furniture, scores and tables.

skip_to_content = Gå til indhold
main_navigation = Hovednavigation
nav_overview = Overblik
change_since = { $delta } point siden { $cycle }
nav_stages = Kunderejsens faser
nav_findings = Fund
nav_recommendations = Anbefalinger
nav_coverage = Dækning
nav_personas = Personaer
nav_research = Undersøgelser
nav_touchpoints = Kontaktpunkter
contents = Indhold
data_files = Hent data
nav_rules = Regler
made_with = Lavet med Trailmark
customer_journey_audit = Audit af kunderejsen
client = Kunde
cycle = Cyklus
journey_score = Kunderejsens score
score = Score
stage_score = Fasens score
touchpoint_score = Kontaktpunktets score
pass_line = Grænse for bestået
passes = Bestået
below_pass = Under grænsen
unscored = Ikke scoret
not_scored = ikke scoret
how_score_is_made = Sådan er scoren beregnet
of = af
pass = bestået ved
scale_note = Hver dimension scores fra 0 til { $scale }; et kontaktpunkt består ved { $pass } ({ $pass_pct }).
expl_stage_mean = Gennemsnit af { $n } scorede kontaktpunkter: ({ $list }) / { $n } = { $score }
expl_stage_left_out = { $n } kontaktpunkt(er) uden score er udeladt.
expl_stage_empty = Ingen kontaktpunkter, så fasen scorer 0.
expl_stage_unscored = Intet kontaktpunkt er scoret endnu: fasen vises uden score og tæller som 0 i kunderejsens score.
expl_journey = Gennemsnit af de { $n } faser: ({ $list }) / { $n } = { $score }
expl_unscored_touchpoint = Ingen dimension er scoret endnu.
executive_summary = Ledelsesresumé
journey_map = Kunderejsekort
journey_map_intro = Faserne fra venstre mod højre; ned gennem hver fase dens kontaktpunkter med score, hvordan hver persona har det, smertepunkterne og handlingerne. Åbn en fase for alle dens fund og handlinger.
no_touchpoints_gap = Ingen kontaktpunkter: hul
top_recommendations = De fem vigtigste anbefalinger
all_recommendations = Alle anbefalinger
at_a_glance = Kort fortalt
open_findings_count = Åbne fund
stages_below_pass = Faser under grænsen
touchpoints_count = Kontaktpunkter
journey_charts = Kunderejsen i diagrammer
see_all_findings = Se alle fund
stage = Fase
stages = Faser
touchpoint = Kontaktpunkt
touchpoints = Kontaktpunkter
touchpoints_intro = Alle kontaktpunkter i auditten, fase for fase. Vælg et navn for at åbne scorekortet.
name = Navn
channel = Kanal
mode = Online eller offline
online = Online
offline = Offline
owner = Ejerskab
owner_owned = Ejet
owner_paid = Betalt
owner_earned = Fortjent
owner_third-party = Tredjepart
content = Indhold
content_soft = Blødt indhold
content_hard = Hårdt indhold
content_none = Intet indhold
emotion = Følelse
emotion_-2 = Frustreret
emotion_-1 = Negativ
emotion_0 = Neutral
emotion_1 = Positiv
emotion_2 = Begejstret
emotion_unknown = Ikke registreret
funnel_top = Toppen af tragten
funnel_middle = Midten af tragten
funnel_bottom = Bunden af tragten
funnel_post = Efter købet
scorecards = Scorekort
dimension = Dimension
weight = Vægt
kpis = KPI'er
kpi = KPI
value = Værdi
target = Mål
result = Resultat
met = Nået
missed = Ikke nået
no_target = Intet mål
higher_is_better = højere er bedre
lower_is_better = lavere er bedre
no_kpis = Ingen KPI registreret.
pain_points = Smertepunkter
opportunities = Muligheder
none_recorded = Ingen registreret.
personas_served = Personaer, der betjenes
all_personas = Alle personaer
linked_note = Note
reviewed = Gennemgået
stage_notes = Noter om fasen
more_notes = Flere noter
no_stage_note = Der er ikke skrevet en note om denne fase.
stage_empty_text = Fasen har ingen kontaktpunkter. Kunder, der når hertil, møder intet fra brandet: et hul i kunderejsen.
previous_stage = Forrige fase
next_stage = Næste fase
findings = Fund
findings_lower = fund
finding_lower = fund
findings_intro = Det, auditten fandt, efter fase og efter område. Hvert fund linker til det kontaktpunkt, det handler om, og til reglen, der forklarer det.
no_findings = Ingen fund.
no_open_findings = Ingen åbne fund.
journey_wide = Hele kunderejsen
by_stage = Efter fase
by_area = Efter område
area = Område
area_content = Indhold
area_data = Data
area_touchpoints = Kontaktpunkter
area_technology = Teknologi
area_research = Undersøgelser
severity = Alvorlighed
severity_error = Kritisk
severity_warning = Vigtig
severity_info = Mindre
accepted_gaps = Accepterede huller
accepted_intro = Fund, der efter aftale accepteres i denne cyklus, hver med sin begrundelse. De tæller ikke som åbne fund.
no_accepted = Intet hul er accepteret i denne cyklus.
reason = Begrundelse
waivers = Undtagelser
waiver_live = Gælder
waiver_unused = Gælder, men ramte intet i denne cyklus
waiver_expired = Udløbet: gælder ikke længere
until = indtil
status = Status
scope = Gælder for
everywhere = Alle fund fra reglen
about_rule = Om reglen
recommendations = Anbefalinger
recommendations_intro = Handlinger, kunden kan tage, i prioriteret rækkefølge. Hver fortæller hvorfor, hvor i kunderejsen den gælder, og hvilke fund den besvarer.
how_ranking_works = Sådan er rækkefølgen sat
ranking_text = Konsulentens egne handlinger står først, med konsulentens ord; reglernes råd dækker kun det, ingen handling besvarer. Alt er prioriteret efter effekt (høj først), så indsats (lav først), så alvoren af de fund, den besvarer, hvor tidligt i tragten den gælder, hvor stor en andel af kunderne kontaktpunktet når, og hvor langt under grænsen for bestået den ligger.
no_recommendations = Intet at anbefale: ingen åbne fund.
rank = Placering
why = Hvorfor
answers = Besvarer
rule = Regel
rule_book = Regelbog
rule_book_intro = Alle de tjek, Trailmark udfører: hvad de ser efter, hvorfor det betyder noget for kunderejsen, og hvordan fundene rettes. Alvorligheden er den, denne audit bruger.
what_it_checks = Hvad reglen tjekker
why_it_matters = Hvorfor det betyder noget
example = Eksempel
how_to_fix = Sådan retter du det
rule_off = Slået fra i denne audit
findings_in_report = Fund i denne rapport
rule_passes = Bestået: intet fundet.
default_severity = standard
coverage = Dækning
coverage_intro = Hvordan kontaktpunkterne fordeler sig på kanaler, indhold og ejerskab. En sund kunderejse møder kunderne i flere kanaler, informerer før den sælger og hviler ikke kun på brandets egne kanaler.
coverage_channels = Kanaler pr. fase
coverage_channels_text = Hvilke kanaler der bærer hver fase. En fase, der hviler på én kanal, er sårbar: kunder, der ikke bruger den, møder aldrig brandet der.
content_mix = Indholdsmiks
content_mix_text = Blødt indhold informerer og inspirerer (guides, sammenligninger, beregnere); hårdt indhold sælger (tilbud, priser, booking). De tidlige faser kræver blødt indhold, beslutningen kræver hårdt indhold.
touchpoint_mix = Kontaktpunktsmiks
touchpoint_mix_text = Egne, betalte, fortjente og tredjeparts kontaktpunkter, online og offline. Meget af kunderejsen sker, før kunderne når brandets egne kanaler.
chart_missing = Dette diagram er ikke med i denne rapport.
chart_data = Data bag diagrammet
personas = Personaer
personas_intro = De kundetyper, kunderejsen er kortlagt for, og de kontaktpunkter, der betjener hver af dem.
no_personas = Auditten definerer ingen personaer.
segment = Segment
share = Andel af kunderne
goals = Mål
frustrations = Frustrationer
persona_touchpoints = Kontaktpunkter, der betjener personaen
persona_not_served = Betjenes ikke i denne fase
persona_chart = Personaer gennem kunderejsen
research = Undersøgelser
research_intro = De interview, workshops og datagennemgange, auditten bygger på.
no_research = Ingen undersøgelse er med i denne audit.
title = Titel
method = Metode
method_interview = Interview
method_workshop = Workshop
method_analytics = Dataanalyse
method_survey = Spørgeskema
persona = Persona
date = Dato
participants = Deltagere
interviews_total = Interviewdeltagere: { $n } af de { $min }, auditten kræver.
related_touchpoints = Kontaktpunkter
notes = Noter
chart = Diagram
on_this_page = På denne side

findings_filter = Filtrér fundene
findings_all = Alle
findings_filtered = Fund: { $filter }
findings_open = Åbne fund for kunden
findings_agency = Til bureauet
findings_for_agency = Analysens kvalitet
findings_cause = Årsag
findings_none_here = Ingen åbne fund her.

## Months, for dates.

month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
map_views = Vis kortet for
journey_map_for = Kunderejsekort for { $persona }
journey_map_persona_intro = Én personas kontaktpunkter, følelser, smertepunkter og handlinger gennem faserne. Om personaen:
none_for_persona = Intet kontaktpunkt for denne persona
more_on_stage = mere på fasens side
quick_win = hurtig gevinst
impact_effort = Effekt: { $impact } · indsats: { $effort }
low_point_text = Lavpunkt: { $persona } ved { $touchpoint } i { $stage } ({ $emotion })
coverage_sentence = { $mapped } af { $total } faser kortlagt; { $score } på tværs af de kortlagte faser.
unmapped_sentence = Endnu ikke kortlagt og talt som 0 i kunderejsens score: { $stages }.
insight_weakest_below = { $stage } er den svageste fase med { $score }, under grænsen for bestået på { $pass }.
insight_weakest_passes = Alle kortlagte faser består; den svageste er { $stage } med { $score }.
insight_low_point = Det følelsesmæssige lavpunkt: { $persona } ved { $touchpoint } i { $stage } ({ $emotion }).
insight_unmapped = Ingen ejer fasen { $stage } endnu: den har ingen kontaktpunkter.
insight_most_findings = { $touchpoint } har { $n } åbne fund, flere end noget andet kontaktpunkt.
insight_quick_wins = { $n } af de { $total } handlinger er hurtige gevinster: høj effekt for lav indsats.
key_insights = Vigtigste indsigter
top_actions = Vigtigste handlinger
impact = Effekt
effort = Indsats
consultant_summary = Konsulentens opsummering
all_actions_count = Alle { $n } handlinger, efter fase

## The rules: what passing looks like, the failing state, the advice and why it matters.

rule-empty-stage-title = Alle faser har kontaktpunkter
rule-empty-stage-failure = En fase har ingen kontaktpunkter
rule-empty-stage-advice = Giv de tomme faser deres egne kontaktpunkter
rule-empty-stage-rationale = Kunder, der når en tom fase, møder intet fra brandet og søger derfor svar andre steder, ofte hos en konkurrent.

rule-thin-stage-title = Alle faser har nok kontaktpunkter
rule-thin-stage-failure = En fase har for få kontaktpunkter
rule-thin-stage-advice = Tilføj kontaktpunkter i de tynde faser, så kunden har mere end én vej igennem dem
rule-thin-stage-rationale = Når en fase kun har én vej igennem, falder de kunder, der ikke bruger den eller møder en fejl, ud af kunderejsen dér.

rule-missing-top-funnel-content-title = Toppen af tragten har blødt indhold, der virker
rule-missing-top-funnel-content-failure = Toppen af tragten mangler blødt indhold, der virker
rule-missing-top-funnel-content-advice = Giv den første fase blødt indhold (guides, beregnere, sammenligninger), der svarer på kundens første spørgsmål
rule-missing-top-funnel-content-rationale = I starten søger kunderne svar frem for tilbud, og de hælder mod det brand, der hjælper dem først.

rule-missing-decision-content-title = Købsparate kunder finder hårdt indhold
rule-missing-decision-content-failure = Bunden af tragten har intet hårdt indhold
rule-missing-decision-content-advice = Giv beslutningsfaserne hårdt indhold: tilbud, priser, vilkår og en tydelig opfordring til handling
rule-missing-decision-content-rationale = Købsparate kunder kan ikke finde tilbuddet, prisen eller næste skridt, så de køber hos den, der beder om ordren.

rule-single-channel-stage-title = Hver fase når kunderne gennem mere end én kanal
rule-single-channel-stage-failure = En fase hviler på en enkelt kanal
rule-single-channel-stage-advice = Nå kunden gennem flere kanaler i de faser, der kun bruger én
rule-single-channel-stage-rationale = Kunder, der ikke bruger netop den kanal, bliver aldrig nået, og svigter den, svigter hele fasen med den.

rule-online-only-journey-title = Kunderejsen møder også kunderne offline
rule-online-only-journey-failure = Kunderejsen er kun online
rule-online-only-journey-advice = Kortlæg de offline kontaktpunkter, kunderne møder (butik, telefon, events, tryksager, medarbejdere), og føj dem til kunderejsen
rule-online-only-journey-rationale = Kunderne møder også brandet i butikken, i telefonen og gennem mennesker; de øjeblikke vejer ofte tungest, men ingen måler eller styrer dem.

rule-missing-third-party-presence-title = Brandet er til stede, hvor kunderne søger, før de møder det
rule-missing-third-party-presence-failure = Ingen fortjent eller tredjeparts tilstedeværelse tidligt på kunderejsen
rule-missing-third-party-presence-advice = Kortlæg og arbejd med de fortjente kontaktpunkter og dem hos tredjepart tidligt på kunderejsen: anmeldelser, anbefalinger, presse, portaler, partnere
rule-missing-third-party-presence-rationale = Tidligt på kunderejsen stoler kunderne mere på anmeldelser, anbefalinger og presse end på brandets egen stemme, så et brand, der mangler dér, kommer sjældent i betragtning.

rule-missing-post-purchase-engagement-title = Brandet holder kontakten efter købet
rule-missing-post-purchase-engagement-failure = Intet fra brandet selv følger kunden efter købet
rule-missing-post-purchase-engagement-advice = Byg ejede kontaktpunkter efter købet, der får kunderne til at komme igen og anbefale brandet
rule-missing-post-purchase-engagement-rationale = Det koster langt mindre at fastholde en kunde end at vinde en ny, men intet får køberne til at komme igen eller anbefale brandet.

rule-low-score-touchpoint-title = Alle scorede kontaktpunkter består
rule-low-score-touchpoint-failure = Et kontaktpunkt scorer under grænsen for bestået
rule-low-score-touchpoint-advice = Forbedr de svage kontaktpunkter dér, hvor de scorer lavest
rule-low-score-touchpoint-rationale = Hvor et kontaktpunkt fungerer dårligt, møder kunderne brandet og går derfra mindre overbeviste, end da de kom.

rule-weak-stage-title = Alle faser scorer mindst grænsen for bestået
rule-weak-stage-failure = En fase scorer under grænsen for bestået
rule-weak-stage-advice = Løft de svage faser, og start med deres lavest scorende kontaktpunkter
rule-weak-stage-rationale = Hele trinnet opleves som svagt af kunderne, uanset kanal, og et svagt trin tidligt i tragten mister dem, før de stærkere faser når frem.

rule-unaddressed-pain-point-title = Alle smertepunkter har en mulighed
rule-unaddressed-pain-point-failure = Et kontaktpunkt har smertepunkter, men ingen mulighed
rule-unaddressed-pain-point-advice = Gør hvert smertepunkt til en konkret mulighed
rule-unaddressed-pain-point-rationale = Kunderne mærker problemerne i dag, men uden et planlagt svar bliver ingen af dem til en forbedring i næste cyklus.

rule-missing-kpi-title = Alle kontaktpunkter har en KPI
rule-missing-kpi-failure = Et kontaktpunkt har ingen KPI
rule-missing-kpi-advice = Giv hvert kontaktpunkt en KPI med et mål, så næste cyklus kan måle resultatet
rule-missing-kpi-rationale = Uden et måltal på et kontaktpunkt kan ingen i næste cyklus se, om de penge og den indsats, der er brugt på det, har betalt sig.

rule-kpi-below-target-title = Alle KPI'er når deres mål
rule-kpi-below-target-failure = En KPI når ikke sit mål
rule-kpi-below-target-advice = Sæt ind på de kontaktpunkter, hvis KPI'er ikke når deres mål
rule-kpi-below-target-rationale = Et mål, der ikke nås, viser med tal, at et kontaktpunkt ikke gør sit arbejde, og det koster leads, salg eller loyale kunder.

rule-unscored-touchpoint-title = Alle kontaktpunkter er scoret på alle dimensioner
rule-unscored-touchpoint-failure = Et kontaktpunkt mangler scorer
rule-unscored-touchpoint-advice = Giv score på de manglende dimensioner
rule-unscored-touchpoint-rationale = Scorer, der bygger på et ufuldstændigt grundlag, kan få et kontaktpunkt til at se bedre eller værre ud, end det er, og sløre næste cyklus' sammenligning.

rule-missing-personas-title = Der er defineret personaer
rule-missing-personas-failure = Der er ikke defineret nogen personaer
rule-missing-personas-advice = Beskriv to eller tre personaer ud fra kundeinterviewene
rule-missing-personas-rationale = Uden et klart billede af de typiske kunder bliver kunderejsen vurderet ud fra en gennemsnitskunde, der ikke findes.

rule-persona-gap-title = Hver persona har kontaktpunkter i alle faser
rule-persona-gap-failure = En persona har intet kontaktpunkt i en fase
rule-persona-gap-advice = Giv hver persona et kontaktpunkt i hver fase, de går igennem
rule-persona-gap-rationale = En kundegruppe møder intet fra brandet på et trin af sin kunderejse, og det er dér, et segment stille og roligt glider over til en konkurrent.

rule-too-few-interviews-title = Der er interviewet nok kunder
rule-too-few-interviews-failure = Der er interviewet for få kunder
rule-too-few-interviews-advice = Interview flere kunder om deres kunderejse
rule-too-few-interviews-rationale = Med for få interviewede kunder viser kortet det, virksomheden selv ser, frem for det, kunderne faktisk gør, og én usædvanlig stemme kan skævvride det.

## Findings: what a rule found, with its ids named in the report language.

findings_count = { $count } fund
reasoning-summary = { $failure } ({ $count } fund).
reasoning-summary-stages = { $failure }: { $count } fund i { $stages }.
finding-internal-error = Tjekket { $check } fejlede internt og blev sprunget over; meld venligst fejlen.
finding-empty-stage = Fasen { $stage } har ingen kontaktpunkter.
finding-thin-stage = Fasen { $stage } har kun { $count } { $count ->
        [one] kontaktpunkt
       *[other] kontaktpunkter
    }; auditten kræver mindst { $min }.
finding-missing-top-funnel-content-empty = Fasen { $stage } har ingen kontaktpunkter, så intet blødt indhold møder kunder, der lige er begyndt at orientere sig.
finding-missing-top-funnel-content-none = Fasen { $stage } har intet blødt indhold: { $total ->
        [one] fasens eneste kontaktpunkt informerer eller inspirerer ikke
       *[other] ingen af fasens { $total } kontaktpunkter informerer eller inspirerer
    } kunder, der endnu ikke er klar til at købe.
finding-missing-top-funnel-content-weak = Det bløde indhold i fasen { $stage } når ikke op på grænsen for bestået ({ $pass }): { $list }.
scored-touchpoint = { $touchpoint } ({ $score })
unscored-touchpoint = { $touchpoint } (ikke scoret)
finding-missing-decision-content-no-stage = Kunderejsens model har ingen fase i bunden af tragten, så intet giver købsparate kunder et tilbud, en pris eller et næste skridt.
finding-missing-decision-content = { $count ->
        [one] Fasen
       *[other] Faserne
    } { $stages } har intet hårdt indhold: købsparate kunder finder hverken tilbud, pris eller opfordring til handling.
finding-single-channel-stage = { $count ->
        [2] Begge kontaktpunkter
       *[other] Alle { $count } kontaktpunkter
    } i fasen { $stage } bruger samme kanal ({ $channel }): kunder, der ikke bruger den, nås ikke i fasen.
finding-online-only-journey = { $count ->
        [0] Kunderejsen har ingen kontaktpunkter, så intet møder kunden offline.
        [one] Kunderejsens eneste kontaktpunkt er online; intet møder kunden offline (butik, telefon, arrangementer, tryksager).
       *[other] Alle kunderejsens { $count } kontaktpunkter er online; intet møder kunden offline (butik, telefon, arrangementer, tryksager).
    }
finding-missing-third-party-presence-no-stage = Kunderejsens model har ingen fase i toppen eller midten af tragten, så intet fortjent kontaktpunkt og intet hos tredjepart møder kunderne, før de når brandets egne kanaler.
finding-missing-third-party-presence = { $count ->
        [one] Fasen
       *[other] Faserne
    } { $stages } har ingen fortjente kontaktpunkter og ingen hos tredjepart: kunderne møder hverken anmeldelser, anbefalinger eller partnerkanaler, før de når brandets egne og betalte kanaler.
finding-missing-post-purchase-engagement-no-stage = Kunderejsens model har ingen fase efter købet, så intet ejet kontaktpunkt får kunderne til at købe igen eller anbefale brandet.
finding-missing-post-purchase-engagement = { $count ->
        [one] Fasen
       *[other] Faserne
    } { $stages } har ingen ejede kontaktpunkter: intet fra brandets egne kanaler får kunderne til at købe igen eller anbefale brandet.
finding-low-score-touchpoint = Kontaktpunktet { $touchpoint } i fasen { $stage } scorer { $score } af 100, under grænsen for bestået ({ $pass }).
finding-low-score-touchpoint-weakest = Kontaktpunktet { $touchpoint } i fasen { $stage } scorer { $score } af 100, under grænsen for bestået ({ $pass }); lavest scorer { $dimensions } ({ $low } af { $scale }).
finding-weak-stage = Fasen { $stage } scorer { $score }, under grænsen for bestået ({ $pass }): { $below } af fasens { $scored } { $scored ->
        [one] scorede kontaktpunkt
       *[other] scorede kontaktpunkter
    } ligger under grænsen.
finding-weak-stage-with-unscored = Fasen { $stage } scorer { $score }, under grænsen for bestået ({ $pass }): { $below } af fasens { $scored } { $scored ->
        [one] scorede kontaktpunkt
       *[other] scorede kontaktpunkter
    } ligger under grænsen ({ $unscored } { $unscored ->
        [one] kontaktpunkt er ikke scoret og tæller
       *[other] kontaktpunkter er ikke scoret og tæller
    } ikke med).
finding-unaddressed-pain-point-emotion = Kunderne oplever { $touchpoint } negativt (følelse { $emotion }), men der er hverken noteret smertepunkter eller muligheder.
finding-unaddressed-pain-point = { $touchpoint } har { $count } { $count ->
        [one] smertepunkt og ingen mulighed, der tager hånd om det
       *[other] smertepunkter og ingen mulighed, der tager hånd om dem
    }: { $list }.
finding-missing-kpi = { $touchpoint } har ingen KPI: effekten af ændringer her kan ikke måles i næste cyklus.
finding-kpi-below-target = { $touchpoint } når ikke { $count ->
        [one] målet for en KPI
       *[other] målene for { $count } KPI'er
    }: { $list }.
kpi-missed-at-least = { $kpi } { $value } (mål mindst { $target })
kpi-missed-at-most = { $kpi } { $value } (mål højst { $target })
finding-unscored-touchpoint = { $touchpoint } er ikke scoret på { $dimensions }: kontaktpunktet har ingen score og tæller ikke med i fasens score.
finding-unscored-touchpoint-partly = { $touchpoint } er ikke scoret på { $dimensions }; scoren bygger på { $rest ->
        [one] den sidste dimension
       *[other] de øvrige { $rest } dimensioner
    }.
finding-missing-personas = Der er ikke beskrevet nogen personaer: beskriv to eller tre typiske kunder som personaer, så kontaktpunkterne kan holdes op mod de kunder, de skal betjene.
finding-persona-gap = Intet kontaktpunkt i fasen { $stage } henvender sig til { $persona }: { $count ->
        [one] fasens eneste kontaktpunkt er rettet mod andre personaer
       *[other] alle { $count } er rettet mod andre personaer
    }.
finding-too-few-interviews-none = Auditten bygger ikke på nogen kundeinterview; den kræver mindst { $min } interviewede kunder.
finding-too-few-interviews = { $total } { $total ->
        [one] kunde
       *[other] kunder
    } interviewet i { $notes } { $notes ->
        [one] interviewnote
       *[other] interviewnoter
    }; auditten kræver mindst { $min }.
finding-score-regression-stage = Sammenlignet på de samme kontaktpunkter er scoren for fasen { $stage } faldet fra { $before } i { $cycle } til { $after } ({ $drop } point lavere) over de { $count } kontaktpunkter, der er scoret i begge cyklusser.
finding-scope-change = Kontaktpunkterne i fasen { $stage } har ændret sig siden { $cycle }: { $changes }. Fasens score kan kun sammenlignes på de kontaktpunkter, der findes i begge cyklusser.
touchpoint-name = { $touchpoint }
scope-added = tilføjet { $touchpoints }
scope-removed = fjernet { $touchpoints }
scope-moved-in = flyttet hertil { $touchpoints }
scope-moved-out = flyttet væk { $touchpoints }
scope-moved-from = { $touchpoint } (fra { $stage })
scope-moved-to = { $touchpoint } (til { $stage })
finding-score-regression-touchpoint = Scoren for { $touchpoint } er faldet fra { $before } i { $cycle } til { $after } ({ $drop } point lavere).

## Charts: what each one shows, for readers who cannot see it.

chart-coverage-description = Hvor mange af de { $n_touchpoints } kontaktpunkter hver fase har i hver af { $n_channels } kanaler; et tomt felt betyder ingen.
chart-coverage-empty-stages = Faser uden kontaktpunkter: { $names }.
chart-personas-description = Hvor mange kontaktpunkter der dækker hver persona i hver fase: en udfyldt cirkel betyder, at nogle er målrettet personaen, en ring kun kontaktpunkter for alle, et tomt felt ingen.
chart-personas-not-served = Ikke dækket: { $gaps }.
chart-content-description = Hver fases kontaktpunkter efter indhold: blødt indhold informerer og inspirerer, hårdt indhold sælger.
chart-content-missing-soft = Tidlige faser uden blødt indhold: { $names }.
chart-mix-description = Hver fases kontaktpunkter efter ejer (ejet, betalt, fortjent, tredjepart) og efter online eller offline.
chart-mix-online-only = Kun online: { $names }.
chart-dimensions-description = Scoren for de { $n } kontaktpunkter i { $name } på hver dimension, fra 0 til { $scale_text }, mod grænsen for bestået på { $pass_text }.

## Chart labels.

chart_passed = Bestået
chart_below = Under grænsen for bestået
chart_no_touchpoints = Ingen kontaktpunkter
chart_no_soft_content = Intet blødt indhold
chart_total = I alt
chart_at_or_above = Bestået
chart_targeted = målrettet personaen
chart_general_only = Kun kontaktpunkter for alle personaer
chart_not_served = Tom: ikke dækket
chart_empty_cell = Tom: ingen
chart_per_cell = Kontaktpunkter pr. felt:
chart_by_owner = Efter ejer:
chart_by_mode = Online og offline:
chart_none = {"–"}
chart_stage_scores = Faserne scoret mod grænsen for bestået
chart_coverage = Kontaktpunkter pr. fase og kanal
chart_content_mix = Indhold pr. fase: blødt, hårdt eller intet
chart_touchpoint_mix = Kontaktpunkter pr. fase: ejerskab, online og offline
chart_personas = Personaer dækket pr. fase
chart_dimensions = kontaktpunkternes score pr. dimension

## Channels, dimensions: the built-in vocabularies.

channel-website = Hjemmeside
channel-search = Søgning
channel-social = Sociale medier
channel-email = E-mail
channel-newsletter = Nyhedsbrev
channel-ads = Annoncer
channel-display = Display
channel-video = Video
channel-blog = Blog
channel-reviews = Anmeldelser
channel-marketplace = Markedsplads
channel-app = App
channel-chat = Chat
channel-store = Butik
channel-event = Event
channel-trade-show = Messe
channel-print = Tryksager
channel-brochure = Brochure
channel-outdoor = Udendørs
channel-packaging = Emballage
channel-phone = Telefon
channel-sales = Salg
channel-employees = Medarbejdere
channel-word-of-mouth = Mund-til-mund
channel-service-center = Servicecenter
dimension-presence = Tilstedeværelse
dimension-relevance = Relevans
dimension-consistency = Konsistens
dimension-experience = Oplevelse

## The stages of the preset journey models.

stage-awareness = Kendskab
stage-consideration = Overvejelse
stage-decision = Beslutning
stage-purchase = Køb
stage-experience = Oplevelse
stage-loyalty = Loyalitet
stage-advocacy = Anbefaling
stage-search = Søgning
stage-offer = Tilbud
stage-conversion = Konvertering
stage-usage = Brug
stage-evaluation = Evaluering
stage-post-purchase = Efter købet

## The terminal.

terminal-help = råd: { $advice } (kør `trailmark explain { $rule }` for at se, hvorfor det er vigtigt)
terminal-touchpoint-label = kontaktpunkt `{ $id }`
terminal-waiver-label = denne undtagelse
terminal-waiver-expired = undtagelsen for `{ $rule }` udløb med cyklus { $cycle }; dens fund er åbne igen
terminal-waiver-unused = undtagelsen for `{ $rule }` rammer intet fund; er hullet lukket, så fjern den
terminal-summary = { $errors } { $errors ->
        [one] kritisk
       *[other] kritiske
    }, { $warnings } { $warnings ->
        [one] vigtigt
       *[other] vigtige
    }, { $info } mindre{ $accepted ->
        [0] {""}
       *[other] {" "}({ $accepted } accepteret)
    }; kunderejsens score { $score } af 100
terminal-findings = Fund: { $summary }
terminal-built = Byggede { $client } ({ $cycle }): { $pages ->
        [one] én side
       *[other] { $pages } sider
    }, { $charts ->
        [one] ét diagram
       *[other] { $charts } diagrammer
    } på { $seconds } s
terminal-open = Åbn { $path }
terminal-single-file = Rapporten som én fil: { $path }
terminal-snapshot-compared = Cyklussens øjebliksbillede er gemt i { $path } (sammenlignet med { $previous })
terminal-snapshot-first = Cyklussens øjebliksbillede er gemt i { $path } (ingen tidligere cyklus at sammenligne med)

chart_all_customers = Alle kunder
chart_emotion_title = Følelsen gennem kunderejsen, pr. persona
chart-no-stage-below = Ingen fase er under grænsen for bestået.
chart-stages-below = { $n } af { $total } faser er under grænsen for bestået: { $names }.
chart_not_mapped = Ikke kortlagt
chart-scores-description = Hver fases score fra 0 til 100 mod grænsen for bestået på { $pass_text }.
chart_target = Mål
chart_target_met = Mål nået
chart_target_missed = Mål ikke nået
chart_value = Værdi
chart_share_of_target = Andel af mål
chart-kpi-description = Hver KPI som andel af sit mål (100 % er målet; for en KPI hvor lavere er bedre, målet delt med værdien). { $met } af { $total } KPI'er når deres mål.
chart_kpi_title = KPI'er mod deres mål
chart-score-matrix-description = Gennemsnitlig score (0–100) for de kontaktpunkter, der dækker hver persona i hver fase; røde nuancer er under grænsen for bestået på { $pass }, blå nuancer på eller over. Et tomt felt har intet vurderet kontaktpunkt.
chart_score_matrix_title = Score pr. fase og persona
chart-emotion-matrix-description = Den laveste følelse (−2 til +2) hver persona har i hver fase; rød er negativ, blå positiv. Et tomt felt har ingen registreret følelse.
chart_emotion_matrix_title = Følelse pr. fase og persona
level_low = Lav
level_medium = Middel
level_high = Høj
chart_impact = Effekt
chart_effort = Indsats
chart_quick_wins = Hurtige gevinster
chart_number = Nr.
chart_action = Handling
chart_actions_title = Handlinger efter effekt og indsats
chart-emotion-low-point = Lavpunkt: { $persona }, { $touchpoint } i { $stage } ({ $emotion })
chart-emotion-description = Hver personas laveste følelse i hver fase, fra −2 til +2, én linje pr. persona. { $with_emotion } af { $total } kontaktpunkter har en følelse registreret.
chart-actions-description = Konsulentens { $count } handlinger efter effekt (op) og indsats (til højre), nummereret som i tabellen; { $wins } er hurtige gevinster (høj effekt, lav indsats), øverst til venstre.

rule-scope-change-title = Faserne har de samme kontaktpunkter som i sidste cyklus
rule-scope-change-failure = En fases kontaktpunkter har ændret sig siden sidste cyklus
rule-scope-change-advice = Sammenlign de ændrede faser på samme kontaktpunkter, og skriv i fasenoterne, hvorfor kontaktpunkterne har ændret sig
rule-scope-change-rationale = En fase, hvis kontaktpunkter har ændret sig, scorer en anden rejse, så dens scoreændring siger lige så meget om kortet som om kundens oplevelse.
rule-score-regression-title = Ingen score er faldet siden sidste cyklus
rule-score-regression-failure = En score er faldet siden sidste cyklus
rule-score-regression-advice = Find ud af, hvad der har ændret sig, hvor scoren er faldet, og vind det tabte tilbage
rule-score-regression-rationale = Det, der blev vundet i tidligere cyklusser, er ved at gå tabt, og en tilbagegang er billigst at vende, mens årsagen stadig er frisk.
rule-emotional-low-point-title = Intet kontaktpunkt er et følelsesmæssigt lavpunkt
rule-emotional-low-point-failure = Et kontaktpunkt er et følelsesmæssigt lavpunkt
rule-emotional-low-point-advice = Fjern det, der får kunderne til at have det værst ved disse kontaktpunkter
rule-emotional-low-point-rationale = Et enkelt øjeblik, der frustrerer en kunde, kan ødelægge resten af kunderejsen, og det gemmer sig bag et gennemsnit eller en bestået score.
rule-missing-emotion-data-title = De fleste kontaktpunkter har en registreret følelse
rule-missing-emotion-data-failure = For få kontaktpunkter har en registreret følelse
rule-missing-emotion-data-advice = Registrér, hvordan kunderne har det, ved flere kontaktpunkter
rule-missing-emotion-data-rationale = En følelseskurve tegnet ud fra få kontaktpunkter viser, hvor auditten kiggede, ikke hvor kunderne er glade eller falder fra.
rule-no-owned-soft-content-title = Brandet udgiver selv blødt indhold
rule-no-owned-soft-content-failure = Brandet ejer intet blødt indhold
rule-no-owned-soft-content-advice = Udgiv egne guider og svar
rule-no-owned-soft-content-rationale = Uden eget indhold, der informerer, overlader brandet alle svar til anmeldere, fora og konkurrenter og taler kun, når det sælger.
rule-stale-touchpoint-title = Alle kontaktpunkter er gennemgået for nylig
rule-stale-touchpoint-failure = Et kontaktpunkts gennemgang er forældet
rule-stale-touchpoint-advice = Gennemgå de kontaktpunkter, hvis vurdering er forældet
rule-stale-touchpoint-rationale = En score fra for over et år siden beskriver et kontaktpunkt, der måske ikke længere findes i den form.
rule-thin-persona-evidence-title = Alle personaer bygger på nok interview
rule-thin-persona-evidence-failure = En persona bygger på for få interview
rule-thin-persona-evidence-advice = Interview flere kunder fra de personaer, der bygger på for lidt
rule-thin-persona-evidence-rationale = En persona tegnet ud fra én samtale beskriver én kunde, og beslutninger truffet for den kan ramme ved siden af hele segmentet.
rule-untargeted-persona-title = Alle personaer har kontaktpunkter rettet mod sig tidligt i kunderejsen
rule-untargeted-persona-failure = En persona har intet kontaktpunkt rettet mod sig i en fase
rule-untargeted-persona-advice = Ret kontaktpunkter mod de personaer, som kun de generelle kontaktpunkter når
rule-untargeted-persona-rationale = Et segment, der kun møder kontaktpunkter lavet til alle, får intet, der svarer på dets egne spørgsmål, mens det stadig vælger.
persona-name = { $persona }
low-point-who = {" "}for { $personas }
finding-emotional-low-point-unexplained = { $touchpoint } er et følelsesmæssigt lavpunkt (følelse { $emotion }{ $who }), og intet smertepunkt forklarer hvorfor.
finding-emotional-low-point = { $touchpoint } er et følelsesmæssigt lavpunkt (følelse { $emotion }{ $who }): { $list }.
finding-missing-emotion-data = Kun { $with } af { $total } kontaktpunkter har en registreret følelse ({ $share }); følelseskurven kræver mindst { $minimum }.
finding-no-owned-soft-content = Intet ejet kontaktpunkt i kunderejsen har blødt indhold: brandet udgiver intet eget, der informerer.
finding-stale-touchpoint = { $touchpoint } blev sidst gennemgået { $date }, { $age } dage før auditten (højst { $maximum }).
finding-thin-persona-evidence = { $interviews ->
        [0] Intet interview nævner { $persona }; der skal mindst { $minimum } til.
        [one] { $persona } bygger på { $interviews } interviewet kunde; der skal mindst { $minimum } til.
       *[other] { $persona } bygger på { $interviews } interviewede kunder; der skal mindst { $minimum } til.
    }
finding-untargeted-persona = Intet kontaktpunkt i fasen { $stage } er rettet mod { $persona }; kun { $count ->
        [one] ét kontaktpunkt
       *[other] { $count } kontaktpunkter
    } uden personaer når dem.
changes_largest = især
changes_stages_compared = faser på samme kontaktpunkter
changes_improved = Forbedret
changes_none_improved = ingen score steg
changes_regressed = Forværret
changes_none_regressed = ingen score faldt
changes_heading = Ændringer
changes_like_for_like = på samme kontaktpunkter
changes_journey = Kunderejsen
changes_stage_new_in_model = ny i modellen
changes_stage_newly_mapped = kortlagt for første gang
changes_touchpoints_added = Tilføjet
changes_touchpoints_removed = Fjernet
changes_moved_in = flyttet hertil
changes_moved_out = flyttet væk
changes_gains = Fremgang
changes_losses = Tilbagegang
changes_touchpoints_moved = Flyttet
changes_touchpoints_renamed = Omdøbt
changes_findings_resolved = Løste fund
changes_findings_new = Nye fund
changes_findings_open = Vedvarende fund
changes_actions_done_heading = Udførte handlinger
touchpoints_count_plural = { $count } { $count ->
        [one] kontaktpunkt
       *[other] kontaktpunkter
    }
changes-findings-line = Løst: { $resolved }; { $new } nye, { $persisting } stadig åbne
changes-actions-done = { $count } { $count ->
        [one] handling udført
       *[other] handlinger udført
    }
trend_series = Serie
trend_journey_title = Kunderejsens score pr. cyklus
trend-journey-description = Kunderejsens score i hver af de { $n } registrerede cyklusser, { $first } til { $last }, mod grænsen for bestået.
trend_journey_series = Kunderejsens score
trend_stages_title = Fasescorer pr. cyklus
trend-stages-description = Hver fases score i de { $n } registrerede cyklusser, { $first } til { $last }; en fase, modellen endnu ikke havde, har intet punkt.
trend_errors = Kritiske
trend_warnings = Vigtige
trend_information = Mindre
trend_findings_title = Åbne fund pr. cyklus
trend-findings-description = Åbne fund (ikke accepterede) efter alvor i de { $n } registrerede cyklusser, { $first } til { $last }.
stage_change_kept = I begge cyklusser
stage_change_new = Ny i denne cyklus
stage_change_moved_in = Flyttet hertil
stage_change_gone = Fjernet eller flyttet væk
stage_change_before = Før
stage_change_after = Efter
stage_change_delta = Ændring
stage_change_heading = Siden sidste cyklus
stage-change-title = { $name }: kontaktpunkter { $from } og { $to }
stage-change-description = Hvert kontaktpunkts score i { $from } (grå) og { $to } (blå); nye kontaktpunkter (orange), flyttede og fjernede er markeret, så et ændret omfang ikke læses som en ændret score.
changes_column_resolved = Løst
changes_column_new = Nye
changes_column_open = Stadig åbne
changes_page_journey = Kunderejsens score
changes_page_stages = Faser
changes_page_stage = Fase
changes_page_score = Score som offentliggjort
changes_page_like_for_like = På samme kontaktpunkter
changes_page_scope = Ændret omfang
changes_page_like_note = Sammenligning på samme kontaktpunkter ser på de kontaktpunkter, en fase har i begge cyklusser med score i begge: nye, fjernede og flyttede kontaktpunkter er et ændret omfang og vises for sig.
changes_page_touchpoints = Kontaktpunkter
changes_page_gains = Fremgang, største først
changes_page_losses = Tilbagegang, største først
changes_page_none = Ingen.
changes_page_findings = Fund
changes_page_actions = Handlinger udført siden sidste cyklus
changes_page_trends = Udvikling over alle registrerede cyklusser
changes_page_before_after = Hver fase før og efter
changes-page-title = Siden { $from }

changes_stage_added = tilføjet
changes_stage_removed = fjernet
changes-report-of = Rapporten for { $cycle }
changes_page_earlier_reports = Rapporter fra tidligere cyklusser

## The action plan and the audit-quality list
consultant_actions = Handlingsplanen
consultant_actions_intro = Konsulentens forslag til kontaktpunkterne med de fund, hvert forslag besvarer.
further_advice = Øvrige anbefalinger
audit_quality = Audittens kvalitet: åbne opgaver for bureauet
audit_quality_intro = Huller i selve auditten (manglende KPI'er, scorer, interview eller følelser, gamle gennemgange, smertepunkter uden en mulighed). De er ikke en del af kundens handlingsplan.
responsible = Ansvarlig
due = Frist
status_open = Åben
status_planned = Planlagt
status_doing = I gang
status_done = Færdig
plan-action = Konsulentens handling for { $touchpoint }.
plan-action-answers = Konsulentens handling for { $touchpoint }; den svarer på: { $failures }.
plan-advice-touchpoint = { $touchpoint }: { $failures }. Der er endnu ikke skrevet en mulighed for det.

## The rule book: what each rule checks, why it matters, an example that fires and how to fix it (Markdown).

rule-empty-stage-what =
    Slår ud én gang for hver fase i kunderejsens model, hvis scorekort ikke har noget kontaktpunkt, eller som slet ikke har et scorekort.
rule-empty-stage-why =
    En fase uden kontaktpunkter er et sted, hvor kunden står alene: intet, brandet gør, møder kunden dér, så kunden finder sine svar andre steder, ofte hos en konkurrent. En tom fase scorer desuden 0 og trækker hele kunderejsens score ned.
rule-empty-stage-example =
    En audit med syv faser uden `content/scorecards/advocacy.toml`: intet beder de tilfredse kunder om at anbefale brandet.
rule-empty-stage-fix =
    Kortlæg, hvad kunden gør i fasen, find de kontaktpunkter, der betjener kunden (eller burde gøre det), og skriv dem i `content/scorecards/<stage>.toml`. Hvis fasen virkelig ikke gælder for denne kunde, så vælg en model uden den, eller acceptér hullet med en `[[waiver]]`.
rule-thin-stage-what =
    Slår ud én gang for hver fase, der har mindst ét kontaktpunkt, men færre end `min_touchpoints_per_stage` (i `[thresholds]`, standard 2). En fase med præcis `min_touchpoints_per_stage` kontaktpunkter består. En fase helt uden kontaktpunkter er et fund for `empty-stage`, ikke for denne regel.
rule-thin-stage-why =
    Kunder bevæger sig forskelligt gennem en fase: nogle søger, nogle spørger en ven, nogle går ind i butikken. En fase, der hviler på ét kontaktpunkt, møder kun de kunder, der tilfældigvis bruger netop det, og når det svigter (en telefon, ingen tager, en formular, der ikke virker), griber intet dem, og de forlader kunderejsen dér.
rule-thin-stage-example =
    Med standardværdien `min_touchpoints_per_stage = 2` slår en købsfase ud, hvis scorekort kun har ét kontaktpunkt:

    ```toml
    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "order-and-financing"
    name    = "Bestilling og finansiering hos sælgeren"
    channel = "sales"
    content = "hard"
    ```
rule-thin-stage-fix =
    Kortlæg, hvordan kunderne ellers kommer igennem fasen, og tilføj de kontaktpunkter, der betjener dem (eller burde): en selvbetjeningsside ved siden af sælgeren, en telefonlinje ved siden af formularen, et fortjent kontaktpunkt eller et hos tredjepart ved siden af de ejede. Er ét kontaktpunkt det rigtige for denne kunde, så sænk `min_touchpoints_per_stage`, eller acceptér fundet med en `[[waiver]]`, der nævner fasen.
rule-missing-top-funnel-content-what =
    Slår ud én gang for hver fase med `funnel = "top"`, der ikke har noget kontaktpunkt med `content = "soft"`, som scorer på eller over grænsen for bestået (`pass` af `scale`; præcis på grænsen består). Et blødt kontaktpunkt uden score tæller ikke med: intet viser, at det virker. En model uden en `top`-fase har intet at tjekke og slår aldrig ud.

    En `top`-fase helt uden kontaktpunkter slår også ud (den har intet blødt indhold) ved siden af `empty-stage`: den tomme fase er et hul i kontaktpunkterne, det manglende bløde indhold et hul i indholdet, og anbefalingerne nævner begge.
rule-missing-top-funnel-content-why =
    I toppen af tragten har kunden et behov, ikke en kortliste: kunden søger svar (købe eller lease? benzin eller el? hvilken slags produkt passer til mig?), ikke tilbud. Blødt indhold (guides, beregnere, sammenligninger, inspiration) møder kunden dér og bringer brandet i betragtning. En første fase med kun hårdt indhold (priser, kampagner, opfordringer til at købe), eller hvis bløde indhold er for svagt til at bestå, sælger til folk, der ikke er klar til at købe, og mister dem til den, der svarede på deres spørgsmål først.
rule-missing-top-funnel-content-example =
    En kendskabsfase, hvor det eneste bløde kontaktpunkt scorer 2,25 af 5 (45 %, under standardgrænsen for bestået på 3,0), og resten sælger:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Lokal radiospot: weekendens priskampagne"
    channel = "ads"
    mode    = "offline"
    owner   = "paid"
    content = "hard"

    {"["}[touchpoint]]
    id      = "ev-guide-blog"
    name    = "Blogindlæg: »Er en elbil noget for dig?«"
    channel = "blog"
    content = "soft"
    {"["}touchpoint.scores]
    presence = 2
    relevance = 3
    consistency = 2
    experience = 2
    ```
rule-missing-top-funnel-content-fix =
    Find de spørgsmål, kunderne stiller, før de overvejer at købe (interviewene og søgedata viser dem), og besvar dem med blødt indhold i den første fase: en guide, en beregner, en sammenligning, en historie. Findes det bløde indhold, men scorer det under grænsen for bestået, så forbedr det dér, hvor det svigter (opdatér forældede fakta, gør det let at finde, link videre til næste skridt), og giv det en ny score. Markér sådanne kontaktpunkter med `content = "soft"`, og giv dem en score, så auditten kan se dem.
rule-missing-decision-content-what =
    Slår ud én gang for hele kunderejsen, når ingen fase med `funnel = "bottom"` har et kontaktpunkt med `content = "hard"`. Scorerne spiller ingen rolle: et hårdt kontaktpunkt tæller, uanset hvad det scorer (et svagt er et fund for `low-score-touchpoint`). Hårdt indhold i en `top`-, `middle`- eller `post`-fase tæller ikke. Som alle regler for hele kunderejsen læses den bogstaveligt: en model uden `bottom`-fase har heller intet hårdt indhold dér, så reglen slår ud.
rule-missing-decision-content-why =
    Sent i kunderejsen skifter kundens spørgsmål fra »hvad passer til mig?« til »hvad koster det, på hvilke vilkår, og hvordan får jeg det?«. Hårdt indhold (tilbud, priser, finansieringsvilkår, prisoverslag, en knap til booking eller bestilling) besvarer dem og gør hensigt til køb. En kunderejse, der bliver ved med at informere og inspirere, men aldrig kommer med tilbuddet, overlader købsparate kunder til at finde det et andet sted, ofte hos en konkurrent, der beder om ordren.
rule-missing-decision-content-example =
    En audit med syv faser, hvis kontaktpunkter i beslutning og køb kun informerer:

    ```toml
    # content/scorecards/decision.toml
    {"["}[touchpoint]]
    id      = "buying-guide"
    name    = "Købsguide: benzin, hybrid eller el"
    channel = "website"
    content = "soft"

    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "delivery-info"
    name    = "Side med leveringsinformation"
    channel = "website"
    content = "none"
    ```
rule-missing-decision-content-fix =
    Tilføj det hårde indhold, kunden har brug for til at beslutte sig og handle, i beslutnings- eller købsfasen: en prisliste eller en konfigurator, et konkret tilbud, finansierings- eller leasingvilkår, et prisoverslag, booking af prøvetur eller bestilling. Markér de kontaktpunkter med `content = "hard"`. Har modellen ingen `bottom`-fase, så giv den en (`[[journey.stages]]` med `funnel = "bottom"`), for enhver kunderejse ender i en beslutning.
rule-single-channel-stage-what =
    Slår ud én gang for hver fase med to eller flere kontaktpunkter, når de alle har samme `channel` (sammenlignet uden hensyn til store og små bogstaver eller omgivende mellemrum). En fase med ét kontaktpunkt tjekkes ikke her (det er `thin-stage`'s opgave), og det gør en tom fase heller ikke. Kun kanalen tæller: to `email`-kontaktpunkter med forskellige ejere, indhold eller former deler stadig én kanal.
rule-single-channel-stage-why =
    Kunderne lever ikke alle i den samme kanal: nogle læser e-mail, nogle bruger appen, nogle ringer, nogle går ind i butikken. En fase, der betjenes af én kanal, når kun dem, der bruger den, og når kanalen svigter (en mail havner i spamfilteret, appen er ikke installeret), svigter hele fasen med den. En omnichannel-kunderejse lader kunden fortsætte dér, hvor det passer kunden, online og offline.
rule-single-channel-stage-example =
    En loyalitetsfase, hvor alle kontaktpunkter er e-mails:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "service-reminder-email"
    name    = "Servicepåmindelse på e-mail"
    channel = "email"

    {"["}[touchpoint]]
    id      = "owners-email"
    name    = "Kvartalsvis e-mail til bilejere"
    channel = "email"
    content = "soft"
    ```
rule-single-channel-stage-fix =
    Spørg, hvordan kunderne i fasen helst vil mødes, og tilføj et kontaktpunkt i en anden kanal: en påmindelse i appen eller på sms ved siden af e-mailen, et opkald fra værkstedet, et ejerarrangement i butikken. Få kanalerne til at spille sammen (samme budskab og et link mellem dem) i stedet for at gentage hinanden.
rule-online-only-journey-what =
    Slår ud én gang for hele kunderejsen, når intet kontaktpunkt i nogen fase er offline: alle kontaktpunkters `mode` er `online`, enten sat udtrykkeligt eller afledt af kanalen (`store`, `event`, `trade-show`, `print`, `brochure`, `outdoor`, `packaging`, `phone`, `sales`, `employees`, `word-of-mouth` og `service-center` er som standard offline; en udtrykkelig `mode` går forud). Ét enkelt offline kontaktpunkt et sted gør reglen tavs. Den læses bogstaveligt: en kunderejse uden kontaktpunkter har intet offline kontaktpunkt og slår ud.
rule-online-only-journey-why =
    Selv brands, der sælger online, møder deres kunder offline: en anbefaling over middagsbordet, et opkald til kundeservice, emballagen på dørtrinnet, en radiospot, en medarbejder på en messe. De øjeblikke vejer ofte tungere i kundens oplevelse end nogen webside. Et kort med kun online kontaktpunkter betyder som regel, at auditten kun har set på det, webanalysen kan se, og at den del af kunderejsen, der foregår offline (hvor kunder kan gå tabt eller blive vundet), hverken måles eller styres. Reglen er `info`, fordi nogle virksomheder virkelig kun findes online; acceptér den i så fald med en `[[waiver]]`.
rule-online-only-journey-example =
    En kunderejse, hvis kontaktpunkter alle ligger på nettet:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Betalt søgning"
    channel = "search"
    owner   = "paid"

    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "support-chat"
    name    = "Supportchat"
    channel = "chat"
    ```

    og så videre for hver fase, uden `store`, `phone`, `event` eller en anden offline kanal og uden `mode = "offline"`.
rule-online-only-journey-fix =
    Spørg kunderne i interviewene og medarbejderne i frontlinjen på en workshop, hvor kunderne møder brandet væk fra skærmen: telefonopkald, butikken eller showroomet, arrangementer, levering og emballage, tryksager, mund-til-mund. Tilføj de kontaktpunkter (med `mode = "offline"`, hvor kanalen ikke er i ordforrådet), og giv dem en score. Har virksomheden virkelig ingen kontakt offline, så acceptér fundet med en `[[waiver]]`, der siger det.
rule-missing-third-party-presence-what =
    Slår ud én gang for hele kunderejsen, når ingen fase med `funnel = "top"` eller `funnel = "middle"` har et kontaktpunkt med `owner = "earned"` eller `owner = "third-party"`. Ét sådant kontaktpunkt i en fase i toppen eller midten er nok; scorerne spiller ingen rolle. Fortjente kontaktpunkter og kontaktpunkter hos tredjepart i `bottom`- eller `post`-faser tæller ikke. Som alle regler for hele kunderejsen læses den bogstaveligt: en model uden `top`- og `middle`-fase slår ud.
rule-missing-third-party-presence-why =
    Meget af kunderejsen foregår, før kunden møder brandets egne kanaler: kunden spørger venner, læser anmeldelser, sammenligner på markedspladser og portaler, læser pressen og partneres sider. De fortjente kontaktpunkter og dem hos tredjepart er dér, hvor et brand bliver opdaget og får tillid, og de vejer tungere end brandets egen stemme, fordi det er andre, der taler. En audit, der tidligt i kunderejsen kun kortlægger ejede og betalte kontaktpunkter, har enten udeladt dem (et hul i kortet), eller også er brandet fraværende dér (et hul i kunderejsen); begge dele kræver opmærksomhed.
rule-missing-third-party-presence-example =
    Faserne kendskab og overvejelse med kun brandets egne og betalte kontaktpunkter:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Betalt søgning på modelnavne"
    channel = "search"
    owner   = "paid"

    # content/scorecards/consideration.toml
    {"["}[touchpoint]]
    id      = "model-pages"
    name    = "Modelsider med specifikationer"
    channel = "website"
    owner   = "owned"
    ```
rule-missing-third-party-presence-fix =
    Spørg kunderne i interviewene, hvor de søgte, før de kontaktede brandet, og tilføj de kontaktpunkter: anmeldelser, mund-til-mund, presse, fora, markedspladser og portaler, forhandlere og partnere. Markér dem med `owner = "earned"` (andre taler om brandet) eller `owner = "third-party"` (brandet optræder i en andens kanal), giv dem en score, og planlæg, hvordan I arbejder med dem: svar på anmeldelser, bed tilfredse kunder om at anbefale jer, hold opslag og partnersider opdaterede.
rule-missing-post-purchase-engagement-what =
    Slår ud én gang for hele kunderejsen, når ingen af faserne med `funnel = "post"` har et kontaktpunkt med `owner = "owned"` (standardejeren). Ét ejet kontaktpunkt i en fase efter købet er nok; scorerne spiller ingen rolle. Ejede kontaktpunkter i tidligere faser tæller ikke. Som alle regler for hele kunderejsen læses den bogstaveligt: en model uden `post`-fase (en egen model, der slutter ved købet) slår ud.
rule-missing-post-purchase-engagement-why =
    Kunderejsen slutter ikke ved købet: kunden bruger produktet, har brug for service og beslutter, om kunden vil købe igen og anbefale brandet. Det koster langt mindre at fastholde en kunde end at vinde en ny, og en tilfreds kundes anbefaling er det fortjente kontaktpunkt, der starter den næste kundes rejse. Fortjente kontaktpunkter og kontaktpunkter hos tredjepart efter købet (anmeldelser, en partners service) sker, uanset om brandet handler eller ej; uden et ejet kontaktpunkt (onboarding, servicepåmindelser, et nyhedsbrev til ejere, en app, et loyalitetsprogram, en opfordring til at anmelde) er der intet fra brandet selv, der bringer kunden tilbage til genkøb og loyalitet.
rule-missing-post-purchase-engagement-example =
    Faserne oplevelse og loyalitet med kun andres kontaktpunkter:

    ```toml
    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "home-charger-partner"
    name    = "Installation af hjemmelader hos en partner"
    channel = "phone"
    owner   = "third-party"

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "owner-forum"
    name    = "Ejerforum på et socialt netværk"
    channel = "social"
    owner   = "earned"
    ```
rule-missing-post-purchase-engagement-fix =
    Planlæg, fase for fase, hvad brandet selv gør efter salget: velkomst og onboarding ved overleveringen, et opfølgende opkald i de første uger, servicepåmindelser, et nyhedsbrev eller en app til ejere, et tilbud, når kontrakten eller produktets levetid nærmer sig sin afslutning, og en opfordring til at anmelde eller anbefale. Skriv dem i scorekortene for faserne efter købet (`owner = "owned"` er standard). Slutter modellen ved købet, så føj faser efter købet til den.
rule-low-score-touchpoint-what =
    Slår ud én gang for hvert kontaktpunkt, hvis score ligger strengt under grænsen for bestået (`pass / scale * 100`, fra `[scoring]`). Scoren er det vægtede gennemsnit af kontaktpunktets scorede dimensioner og sammenlignes uafrundet: et kontaktpunkt præcis på grænsen består (3,0 af 5 med `pass = 3.0`), mens 2,99 af 5 ikke består, selv om det vises som 59,8. Et kontaktpunkt uden scorede dimensioner tjekkes ikke her (det er et fund for `unscored-touchpoint`). Meddelelsen giver scoren afrundet til én decimal, grænsen for bestået og den svageste dimension (den med lavest score, medmindre alle scorer ens).
rule-low-score-touchpoint-why =
    Et kontaktpunkt, der findes, men fungerer dårligt, er et øjeblik, hvor kunden møder brandet og går derfra mindre overbevist, end da kunden kom: indholdet rammer ved siden af kundens spørgsmål, oplevelsen frustrerer, eller budskabet modsiger resten af kunderejsen. Svage kontaktpunkter er ofte billigere at rette end nye er at bygge, og scorerne viser, hvor man skal begynde.
rule-low-score-touchpoint-example =
    Med standardskalaen 5 og `pass = 3.0` (60 %) scorer dette kontaktpunkt (4 + 1 + 2 + 2) / 4 = 2,25 af 5, altså 45 %:

    ```toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Lokal radiospot: weekendens priskampagne"
    channel = "ads"
    mode    = "offline"
    owner   = "paid"
    content = "hard"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 1
    consistency = 2
    experience = 2
    ```
rule-low-score-touchpoint-fix =
    Begynd med den laveste dimension: lav relevans betyder, at indholdet rammer ved siden af kundens spørgsmål i fasen (se interviewene og smertepunkterne), lav konsistens, at det modsiger resten af kunderejsen, lav oplevelse, at det er svært eller ubehageligt at bruge, lav tilstedeværelse, at kunderne ikke finder det. Skriv, hvad der skal ændres, som `opportunities`, gennemfør ændringen, og giv kontaktpunktet en ny score i næste cyklus. Tjener kontaktpunktet ikke længere kunderejsen, så fjern det i stedet.
rule-weak-stage-what =
    Slår ud én gang for hver fase, der har mindst ét kontaktpunkt, og hvis fasescore (gennemsnittet af dens scorede kontaktpunkter i procent af skalaen) ligger strengt under grænsen for bestået, `pass / scale * 100`. En fase præcis på grænsen består; sammenligningen bruger den uafrundede score.

    To slags faser overlades til andre regler: en tom fase (uden kontaktpunkter) er et fund for `empty-stage`, og en fase, hvis kontaktpunkter alle mangler score, har ingen score at bedømme, så denne regel er tavs, og `unscored-touchpoint` nævner de manglende scorer. Kontaktpunkter uden score i en delvist scoret fase udelades af gennemsnittet, ligesom i selve fasens score.
rule-weak-stage-why =
    En fase er dér, hvor kunden stiller én slags spørgsmål: er det noget for mig, hvilken skal jeg vælge, hvor køber jeg, hjælper de mig bagefter? Når en fases kontaktpunkter i gennemsnit scorer lavt, er kundens oplevelse af hele det trin svag, uanset kanal, og et svagt trin tidligt i tragten mister kunderne, før de stærkere faser når frem til dem. Fasens score er det tal, kunden følger fra den ene optimeringscyklus til den næste.
rule-weak-stage-example =
    Med standardskalaen 5 og `pass = 3.0` (60 %) en kendskabsfase, hvis to kontaktpunkter i gennemsnit scorer 50 %:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id = "radio-spot"
    name = "Lokal radiospot"
    channel = "ads"
    mode = "offline"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 1
    consistency = 2
    experience = 2

    {"["}[touchpoint]]
    id = "search-ads"
    name = "Betalt søgning"
    channel = "search"
    {"["}touchpoint.scores]
    presence = 3
    relevance = 2
    consistency = 3
    experience = 3
    ```
rule-weak-stage-fix =
    Begynd med fasens kontaktpunkter under grænsen for bestået (`low-score-touchpoint` nævner dem) og deres laveste dimension: de muligheder, der er skrevet på dem, er de første handlinger. Mangler fasen helt den rette slags kontaktpunkt (for eksempel blødt indhold i toppen af tragten), løfter et stærkt nyt kontaktpunkt også fasen. Giv ny score efter ændringerne i næste cyklus.
rule-unaddressed-pain-point-what =
    Slår ud én gang for hvert kontaktpunkt, der har mindst ét punkt i `pain_points` eller en `emotion` på -1 eller lavere, og hvis liste over `opportunities` er tom (eller mangler). En følelse på 0 eller derover uden smertepunkter er i orden uden muligheder; én mulighed er nok til at gøre reglen tavs, uanset hvor mange smertepunkter der er.
rule-unaddressed-pain-point-why =
    Smertepunkterne er det, interviewene med kunderne og workshoppen med medarbejderne bragte frem: de steder, hvor kunderejsen gør ondt. Et smertepunkt uden en mulighed ved siden af er et problem, auditten så og efterlod uden svar, så det bliver aldrig til en handling, kunden kan tage i næste optimeringscyklus. En negativ følelse uden noter er det samme hul et skridt tidligere: kunderne mærker det, men ingen har skrevet ned hvorfor, eller hvad der skal gøres.
rule-unaddressed-pain-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "website-chat"
    name = "Chat på hjemmesiden (bot uden for åbningstid)"
    channel = "chat"
    emotion = -1
    pain_points = ["Botten kan ikke svare på spørgsmål om leasing"]
    # ingen opportunities
    ```
rule-unaddressed-pain-point-fix =
    Skriv mindst én mulighed for hvert smertepunkt: en konkret ændring af kontaktpunktets indhold, data, kanal eller teknologi, der ville fjerne det (»Send spørgsmål om leasing uden for åbningstid videre til en medarbejder næste morgen med et lovet tidspunkt«). Hvor kun følelsen er negativ, så gå tilbage til interviewnoterne, skriv smertepunktet bag den og derefter muligheden.
rule-missing-kpi-what =
    Slår ud én gang for hvert kontaktpunkt uden en `[[touchpoint.kpi]]`. Én KPI er nok, med eller uden `target`; en KPI uden mål opfylder denne regel, men kan aldrig bedømmes af `kpi-below-target`, så giv den et.
rule-missing-kpi-why =
    En kunderejse optimeres i cyklusser: ændr kontaktpunkterne, mål, justér. Et kontaktpunkt uden KPI er et sted, hvor ingen i næste cyklus vil vide, om ændringen virkede. At vælge KPI'en tvinger også spørgsmålet frem om, hvilke data kontaktpunktet giver, og hvor de indsamles: det dataelement i kunderejsen, der er lettest at glemme for kontaktpunkter offline og hos tredjepart.
rule-missing-kpi-example =
    ```toml
    {"["}[touchpoint]]
    id = "motoring-podcast"
    name = "Sponsoreret indslag i en motorpodcast"
    channel = "podcast"
    mode = "online"
    owner = "paid"
    # ingen [[touchpoint.kpi]]
    ```
rule-missing-kpi-fix =
    Tilføj mindst én `[[touchpoint.kpi]]` med `name`, den nuværende `value` og et `target` (`higher_is_better = false` for omkostninger, ventetider og lignende). Vælg et tal, kunden kan måle igen i næste cyklus: besøg fra et sporbart link, svarprocent, bookinger, NPS. Hvor der endnu ikke findes data, er det første tiltag at gøre det målbart (en kode, et link, et spørgsmål ved kassen).
rule-kpi-below-target-what =
    Tjekker hver `[[touchpoint.kpi]]`, der har et `target`. Med `higher_is_better = true` (standard) når en KPI ikke sit mål, når dens `value` ligger under målet; med `higher_is_better = false` (omkostninger, ventetider), når den ligger over. En værdi lig med målet når det, og en KPI uden mål kan ikke ramme forbi.

    Slår ud én gang pr. kontaktpunkt og nævner hver KPI for kontaktpunktet, der ikke når sit mål, med værdi, mål og enhed.
rule-kpi-below-target-why =
    KPI'erne er den måde, kunden følger kunderejsen på fra den ene optimeringscyklus til den næste. Et mål, der ikke nås, er et målt bevis, ikke en vurdering fra auditten, på at et kontaktpunkt ikke gør sit arbejde: leadet, der aldrig kommer, opkaldet, ingen besvarer, kunden, der ikke fornyer. Sammen med scorerne og smertepunkterne viser det, hvor næste cyklus' indsats betaler sig.
rule-kpi-below-target-example =
    ```toml
    {"["}[touchpoint.kpi]]
    name = "Besvarede opkald"
    value = 78
    target = 90
    unit = "%"

    {"["}[touchpoint.kpi]]
    name = "Gennemsnitlig ventetid før svar"
    value = 95
    target = 60
    unit = "sekunder"
    higher_is_better = false
    ```

    Begge KPI'er når ikke deres mål: 78 % er under 90 %, og 95 sekunder er over de tilladte 60.
rule-kpi-below-target-fix =
    Find årsagen i kontaktpunktets smertepunkter (eller interview kunderne bag tallet), og skriv en mulighed, der flytter KPI'en; tjek KPI'en igen i næste cyklus. Var selve målet urealistisk, så aftal et nyt med kunden, og notér hvorfor, i stedet for at lade et mål stå, som ingen tror på.
rule-unscored-touchpoint-what =
    Slår ud én gang for hvert kontaktpunkt, hvis tabel `[touchpoint.scores]` mangler en eller flere af de dimensioner, der er sat i `[scoring] dimensions` (som standard tilstedeværelse, relevans, konsistens og oplevelse), og nævner de manglende. Et kontaktpunkt med nogle scorede dimensioner får stadig en score ud fra dem; et uden nogen er uden score og udelades af fasens score.
rule-unscored-touchpoint-why =
    Scorerne gør faserne sammenlignelige, og det er dem, næste optimeringscyklus måles op imod. En manglende dimension falder stille ud af gennemsnittet, så kontaktpunktets score bygger på mindre grundlag end naboernes og kan se bedre (eller værre) ud, end den er; et kontaktpunkt helt uden score tæller ikke med i sin fase. Nogle gange er det bevidst, for eksempel for en side, der blev relanceret under auditten, og så er fundet påmindelsen om at vende tilbage til det.
rule-unscored-touchpoint-example =
    ```toml
    {"["}[touchpoint]]
    id = "private-lease-page"
    name = "Side med tilbud på privatleasing"
    channel = "website"

    {"["}touchpoint.scores]
    presence = 4
    relevance = 3
    experience = 3
    # consistency mangler
    ```
rule-unscored-touchpoint-fix =
    Giv score på de manglende dimensioner ud fra auditens grundlag (mystery shopping, webanalyse, interview). Kan en dimension endnu ikke bedømmes, så udelad den, og acceptér fundet med en `[[waiver]]`, hvis begrundelse siger, hvornår den får en score.
rule-missing-personas-what =
    Slår ud én gang for hele kunderejsen, når `content/personas/` ikke indeholder nogen personafil. Én persona er nok til at gøre reglen tavs.
rule-missing-personas-why =
    Et kunderejsekort er nogens rejse: de typiske kunder, interviewene afslørede, som regel to eller tre personaer med hver deres mål, spørgsmål og frustrationer. Uden dem bedømmes hvert kontaktpunkt ud fra en gennemsnitskunde, der ikke findes, og Trailmark kan ikke se, om en fase efterlader én slags kunde uden kontaktpunkt (`persona-gap` kræver personaer for at virke).
rule-missing-personas-example =
    En auditmappe med scorekort og undersøgelsesnoter, men uden en mappe `content/personas/`, eller med en tom.
rule-missing-personas-fix =
    Beskriv ud fra interviewene med kunderne (8–10 er et godt antal) de to eller tre typiske kunder i `content/personas/<id>.md`, med `name`, `segment`, `share`, `goals` og `frustrations` i front matter:

    ```markdown
    +++
    name = "Mette"
    segment = "Privatkunde, der skifter familiebilen ud"
    share = 55
    goals = ["Kende den samlede månedlige pris før besøget i showroomet"]
    frustrations = ["Leasingtilbud skjuler udbetalingen"]
    +++

    Mette, 41, skifter familiebilen ud inden for et halvt år …
    ```

    Skriv derefter på hvert kontaktpunkt, hvilke `personas` det er tænkt til (ingen liste betyder alle).
rule-persona-gap-what =
    Slår for hver persona og hver fase med mindst ét kontaktpunkt ud, når intet kontaktpunkt i fasen betjener personaen: ét fund pr. persona og fase, der nævner personaen. Et kontaktpunkt betjener de personaer, der står i dets `personas`; et kontaktpunkt uden den nøgle betjener alle personaer, så ét af dem i en fase gør reglen tavs dér. En tom fase er et fund for `empty-stage`, ikke for denne regel, og uden personaer har reglen intet at tjekke (så slår `missing-personas` ud i stedet).
rule-persona-gap-why =
    Personaerne går gennem de samme faser med forskellige spørgsmål og i forskellige kanaler. Når alle en fases kontaktpunkter er rettet mod andre personaer, møder den kunde intet fra brandet på det trin: den unge køber af en brugt bil, der aldrig får en servicepåmindelse, flådeejeren uden en side for erhvervskunder. De huller gemmer sig i en fase, der i gennemsnit ser veldækket ud, og det er dér, et segment glider over til en konkurrent.
rule-persona-gap-example =
    Med personaerne `mette`, `henrik` og `freja` et scorekort for loyalitet, hvis kontaktpunkter alle nævner andre personaer:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "service-reminder-email"
    name = "Servicepåmindelser på e-mail"
    channel = "email"
    personas = ["mette", "henrik"]
    ```

    giver fundet `persona-gap@loyalty~freja`.
rule-persona-gap-fix =
    Spørg, hvad personaen har brug for i fasen, og gennem hvilken kanal personaen kan nås, og udvid så et eksisterende kontaktpunkt til personaen (tilføj personaen til dets liste `personas`, når det virkelig betjener personaen), eller tilføj et kontaktpunkt til personaen alene. Går personaen virkelig aldrig gennem fasen, så acceptér fundet med en `[[waiver]]`, der nævner `stage` og `persona`, med begrundelsen.
rule-too-few-interviews-what =
    Lægger `participants` sammen for undersøgelsesnoterne i `content/research/`, hvis `method` er `interview` (standardmetoden; `participants` er som standard 1), og slår ud én gang for hele kunderejsen, når summen er under `min_interviews` i `[thresholds]` (standard 8). Præcis `min_interviews` består. Workshops, spørgeskemaer og dataanalyser tæller ikke, uanset hvor mange der deltog: de er værdifulde, men de er ikke kunden, der selv fortæller sin rejse.
rule-too-few-interviews-why =
    Kunderejsekortet er kun så sandt som de kunder, der står bag det. Workshops med medarbejderne og webanalyse viser, hvad virksomheden ser; interview med 8–10 rigtige kunder, der hver beskriver, hvad de gjorde før, under og efter købet, bringer de spørgsmål, kanaler og tredjepartskilder frem, som virksomheden aldrig ser, og de er det fundament, personaerne står på. Med færre kan én usædvanlig kunde forme en hel fase.
rule-too-few-interviews-example =
    Med standardværdien `min_interviews = 8` to interviewnoter:

    ```toml
    # front matter i content/research/interviews-private-buyers.md
    method = "interview"
    participants = 4

    # front matter i content/research/interview-fleet-customer.md
    method = "interview"
    participants = 1
    ```

    giver i alt 5 interviewede kunder, 3 færre end 8.
rule-too-few-interviews-fix =
    Interview flere kunder, fordelt på personaerne og faserne, og skriv hver runde op som en undersøgelsesnote med `method = "interview"` og antallet af `participants`. Tillader budgettet det ikke i denne cyklus, så acceptér fundet med en `[[waiver]]`, der siger hvorfor, og med `until` den cyklus, hvor interviewene er planlagt.
rule-score-regression-what =
    Sammenligner denne cyklus' scorer med rapporten fra forrige cyklus (dens øjebliksbillede i `history/`), sådan som begge rapporter offentliggør dem (afrundet til én decimal). Slår ud én gang for hvert kontaktpunkt, hvis score er lavere end i forrige cyklus: et fald af enhver størrelse tæller, en uændret score gør ikke. Et kontaktpunkt genkendes på sit id eller på sit `previous_id`, hvis det er omdøbt; et, der er nyt i denne cyklus, er forsvundet siden sidst eller mangler score i en af cyklusserne, udelades.

    Slår ud én gang for hver fase, hvis score på samme kontaktpunkter er faldet: gennemsnittet, nu og dengang, af de kontaktpunkter, fasen har i begge cyklusser, med score i begge. Et kontaktpunkt, der er føjet til fasen, fjernet fra den eller flyttet ind eller ud, er et ændret omfang, ikke en tilbagegang (det siger `scope-change`), så et nyt kontaktpunkt med lav score får ikke en fase, der er blevet bedre, til at se værre ud.

    Uden et øjebliksbillede af forrige cyklus i `history/` er der intet at sammenligne med, og reglen kan ikke slå ud: en kundes første audit har aldrig dette fund.
rule-score-regression-why =
    En kunderejse forbedres i optimeringscyklusser, og hver cyklus bør efterlade den bedre end den forrige. En score, der falder, er tabt terræn: en kampagne erstattede en nyttig side, et team holdt op med at svare på anmeldelser, en partners service blev dårligere. Den slags tilbagegang er let at overse i en rapport, der kun viser situationen lige nu, og den er billigst at vende, mens årsagen stadig er frisk.
rule-score-regression-example =
    Forrige cyklus' `history/2026-Q3.json` indeholder

    ```json
    {"{"}"touchpoints": [{"{"}"id": "search-ads", "stage": "awareness", "score": 70.0{"}"}]{"}"}
    ```

    og denne cyklus' scorekort giver samme kontaktpunkt en lavere score:

    ```toml
    {"["}[touchpoint]]
    id = "search-ads"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 3
    consistency = 3
    experience = 3   # 65,0 mod 70,0
    ```
rule-score-regression-fix =
    Sammenlign kontaktpunktets scorer, noter, smertepunkter og KPI'er med forrige cyklus' for at finde den dimension, der faldt, og årsagen, og skriv så en mulighed, der vinder den tilbage. Afspejler faldet en strengere og mere retfærdig bedømmelse snarere end en dårligere kunderejse, så skriv det i fasens note, og acceptér fundet med en `[[waiver]]` med `until` næste cyklus.
rule-emotional-low-point-what =
    Slår ud én gang for hvert kontaktpunkt, hvis `emotion` for en persona ligger på eller under `low_emotion` i `[thresholds]` (standard -2), uanset hvad kontaktpunktet scorer. Med en tabel over følelser (`emotion = {"{"} mette = -2, henrik = 0 {"}"}`) tæller hver personas værdi; med ét tal gælder følelsen alle de personaer, kontaktpunktet betjener. Meddelelsen nævner hver persona på eller under grænsen og kontaktpunktets smertepunkter. Fundets område er området for det første af kontaktpunktets smertepunkter, der nævner et (`area = "technology"`), ellers kontaktpunkter.
rule-emotional-low-point-why =
    Scorerne måler, hvor godt et kontaktpunkt er bygget; følelsen måler, hvad kunden gik igennem. En sælger, der ringer tre gange om ugen, kan bestå på tilstedeværelse og konsistens, mens kunden beslutter aldrig at komme igen. Kunderne husker det værste øjeblik på en rejse mere end gennemsnittet, så lavpunkterne fortjener opmærksomhed, uanset hvad scoren siger.
rule-emotional-low-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "sales-callback"
    name = "Opringning fra sælgeren"
    channel = "phone"
    emotion = {"{"} mette = -2, henrik = 0 {"}"}
    pain_points = ["Sælgeren ringer tre gange om ugen"]
    ```

    slår ud for Mette, også selv om kontaktpunktet scorer 60.
rule-emotional-low-point-fix =
    Find sammen med kunderne ud af, hvad der gør øjeblikket så dårligt (smertepunkterne), og skriv en mulighed, der fjerner det, med effekt og indsats. Når lavpunktet er rettet, så registrér den nye følelse fra næste runde interview.
rule-missing-emotion-data-what =
    Tæller de kontaktpunkter, der har en `emotion` (et tal eller en tabel med mindst én persona; 0 tæller med), og slår ud én gang for hele kunderejsen, når de udgør færre end `min_emotion_coverage` procent (standard 50) af alle kontaktpunkter, regnet nøjagtigt: 6 af 12 er 50 % og består, 6 af 13 gør ikke. Tavs, når auditten ikke har nogen kontaktpunkter.
rule-missing-emotion-data-why =
    Følelseskurven og de følelsesmæssige lavpunkter bygger på de følelser, interviewene har registreret. Når kun få kontaktpunkter har en, viser kurven, hvor konsulenten tilfældigvis spurgte, og et gennemsnit af to værdier kommer til at stå for en hel fases stemning.
rule-missing-emotion-data-example =
    Tretten kontaktpunkter, heraf tre med `emotion`: 23 % er under 50 %.
rule-missing-emotion-data-fix =
    Spørg de interviewede kunder, hvordan hvert kontaktpunkt føltes, og registrér det, pr. persona, hvor de er forskellige (`emotion = {"{"} mette = -1, henrik = 1 {"}"}`). Sænk `min_emotion_coverage`, hvis auditten bevidst kun kortlægger følelser dér, hvor de betyder noget.
rule-thin-persona-evidence-what =
    Lægger for hver persona `participants` sammen for undersøgelsesnoterne med `method = "interview"` (standard), hvis front matter nævner personaen med `persona = "<id>"`, og slår ud én gang pr. persona, når summen er under `min_interviews_per_persona` i `[thresholds]` (standard 2). Præcis minimum består. Interview, der ikke nævner en persona, tæller kun med i `too-few-interviews`.
rule-thin-persona-evidence-why =
    `too-few-interviews` tjekker det samlede antal, så otte interview med privatkunder består, mens personaen for flådekunder hviler på et enkelt opkald. Hver persona har brug for sit eget grundlag: de mål og frustrationer, kortet viser for personaen, skal komme fra mere end én kunde.
rule-thin-persona-evidence-example =
    ```toml
    # front matter i content/research/interview-fleet-customer.md
    method = "interview"
    persona = "henrik"
    participants = 1
    ```

    er det eneste interview, der nævner `henrik`: 1 er under 2.
rule-thin-persona-evidence-fix =
    Interview flere kunder fra personaen, og nævn den i undersøgelsesnotens nøgle `persona`. Dækker én note flere personaer, så del den op pr. persona, så hver får sin andel af deltagerne.
rule-untargeted-persona-what =
    Slår i hver `top`- eller `middle`-fase ud for hver persona, som intet kontaktpunkt i fasen nævner i sin liste `personas`, men som mindst ét kontaktpunkt i fasen uden liste betjener, forudsat at mindst ét kontaktpunkt et sted i auditten nævner personaer (ellers er intet målrettet, og reglen har intet at sammenligne). Ét fund pr. persona og fase. Hvor intet i fasen betjener personaen, slår `persona-gap` ud i stedet.
rule-untargeted-persona-why =
    Et kontaktpunkt uden `personas` regnes for at betjene alle, så `persona-gap` kan ikke se, at intet er rettet mod et segment. Når auditten målretter privatkunderne med deres egne kontaktpunkter, og erhvervskunderne kun møder den generelle hjemmeside, er erhvervskunderne betjent på papiret, men ikke i praksis, netop når de sammenligner leverandører.
rule-untargeted-persona-example =
    Med personaerne `mette` og `henrik` et scorekort for overvejelse:

    ```toml
    {"["}[touchpoint]]
    id = "model-pages"
    channel = "website"            # ingen personas: betjener alle

    {"["}[touchpoint]]
    id = "test-drive-booking"
    channel = "website"
    personas = ["mette"]
    ```

    giver fundet `untargeted-persona@consideration~henrik`.
rule-untargeted-persona-fix =
    Spørg, hvad personaen har brug for til at beslutte sig i fasen, og ret et kontaktpunkt mod det: udvid et (og tilføj personaen til dets liste `personas`), eller tilføj et særskilt. Er et generelt kontaktpunkt virkelig lavet til personaen, så nævn personaen i dets liste.
rule-no-owned-soft-content-what =
    Slår ud én gang for hele kunderejsen, når intet kontaktpunkt, uanset score eller fase, er `owner = "owned"` (standard) med `content = "soft"`. En fortjent anmeldelse eller en betalt advertorial tæller ikke: det er ikke brandets egen stemme. En kunderejse uden kontaktpunkter slår også ud.
rule-no-owned-soft-content-why =
    Blødt indhold (guides, beregnere, sammenligninger, svar på de spørgsmål, kunderne stiller) er den måde, et brand hjælper på, før det sælger. `missing-top-funnel-content` ser kun på den første fase; denne regel fanger den kunderejse, hvor brandet ingen steder selv udgiver noget, der informerer, og overlader den rolle til andre.
rule-no-owned-soft-content-example =
    Alle kontaktpunkter er betalte, fortjente eller hårde: søgeannoncer, en anmeldelsesportal, prislister og showroomet.
rule-no-owned-soft-content-fix =
    Udgiv en egen guide, beregner eller sammenligning dér, hvor kunderne stiller deres spørgsmål (ofte hjemmesiden eller et nyhedsbrev), og kortlæg den som et kontaktpunkt med `content = "soft"`.
rule-stale-touchpoint-what =
    Slår ud for hvert kontaktpunkt, hvis dato i `reviewed` ligger mere end `max_review_age_days` i `[thresholds]` (standard 365) dage før auditens `date` i site.toml. Præcis så mange dage er ikke forældet. Tavs, når auditten ikke har nogen `date`, når kontaktpunktet ikke har nogen dato i `reviewed`, eller når det er gennemgået efter auditens dato.
rule-stale-touchpoint-why =
    Hjemmesider bliver relanceret, telefonlinjer omlagt og kampagner udskiftet. En score fra en gammel gennemgang ser lige så aktuel ud som resten af rapporten, og kunden handler på et kontaktpunkt, der ikke længere ser sådan ud.
rule-stale-touchpoint-example =
    ```toml
    # site.toml
    date = 2026-11-06

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "owners-club"
    reviewed = 2025-09-30
    ```

    blev gennemgået 402 dage før auditten.
rule-stale-touchpoint-fix =
    Gennemgå kontaktpunktet igen (mystery shopping, en tur gennem hjemmesiden, de aktuelle KPI'er), opdatér dets scorer, og sæt `reviewed` til den dag, du gjorde det.
rule-scope-change-what =
    Sammenligner kontaktpunkterne i hver fase med øjebliksbilledet af forrige cyklus i `history/`, efter id, og slår ud én gang for hver fase, der har fået eller mistet kontaktpunkter: føjet til kunderejsen, fjernet fra den eller flyttet mellem faser (et flyttet kontaktpunkt tæller i begge faser, den, det forlod, og den, det kom til). Meddelelsen nævner dem. Et ændret navn er ingen ændring, og det er et id, der er ændret med `previous_id`, heller ikke: kontaktpunktet er det samme.

    Uden et øjebliksbillede af forrige cyklus er der intet at sammenligne med, og reglen kan ikke slå ud.
rule-scope-change-why =
    En fases score er gennemsnittet af dens kontaktpunkter. Når et kontaktpunkt kortlægges for første gang, fjernes eller flyttes, flytter fasens score sig med, selv om kundens oplevelse måske slet ikke har ændret sig: et nyt kontaktpunkt, der scorer 44, kan få en fase, der er blevet bedre, til at ligne et fald. Når det ændrede omfang står for sig, tager læseren ikke en ændret score for en ændret kunderejse; rapportens side om udviklingen siden sidst og `score-regression` sammenligner sådanne faser på samme kontaktpunkter.
rule-scope-change-example =
    Øjebliksbilledet af forrige cyklus har `radio-spot` og `search-ads` i fasen kendskab; denne cyklus' scorekort tilføjer et kontaktpunkt:

    ```toml
    {"["}[touchpoint]]
    id      = "ev-guide-video"
    name    = "Videoguide: hverdagen med en elbil"
    channel = "video"
    ```
rule-scope-change-fix =
    Intet skal rettes, når ændringen er tilsigtet: fundet er information til læseren. Skriv i fasens note, hvorfor kontaktpunkterne har ændret sig. Er et kontaktpunkt kun omdøbt, så giv det `previous_id = "<gammelt id>"`, så det beholder sin historik.

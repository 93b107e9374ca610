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
nav_stages = Rejsens faser
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
research_intro = De interviews, workshops og datagennemgange, auditten bygger på.
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

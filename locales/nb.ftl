## Trailmark's words in nb (Norwegian bokmål).

## How numbers, quotes, dates and lists are written.

decimal-sign = ,
percent = { $number }{"\u00A0"}%
quoted = «{ $text }»
date-format = { $day }. { $month } { $year }
list-and = { $init } og { $last }

## Page furniture, scores and tables.

skip_to_content = Gå til innholdet
main_navigation = Hovednavigasjon
nav_overview = Oversikt
change_since = { $delta } poeng siden { $cycle }
nav_stages = Kundereisens faser
nav_findings = Funn
nav_recommendations = Anbefalinger
nav_coverage = Dekning
nav_personas = Personas
nav_research = Innsikt
nav_touchpoints = Kontaktpunkter
contents = Innhold
data_files = Last ned data
nav_rules = Regler
made_with = Laget med Trailmark
customer_journey_audit = Gjennomgang av kundereisen
client = Kunde
cycle = Syklus
journey_score = Kundereisens score
score = Score
stage_score = Fasens score
touchpoint_score = Kontaktpunktets score
pass_line = Grense for bestått
passes = Bestått
below_pass = Under grensen
unscored = Ikke vurdert
not_scored = ikke vurdert
how_score_is_made = Slik er scoren regnet ut
of = av
pass = bestått ved
scale_note = Hver dimensjon får en score fra 0 til { $scale }; et kontaktpunkt består ved { $pass } ({ $pass_pct }).
expl_stage_mean = Snitt av { $n } vurderte kontaktpunkter: ({ $list }) / { $n } = { $score }
expl_stage_left_out = { $n } kontaktpunkt(er) uten score er utelatt.
expl_stage_empty = Ingen kontaktpunkter, så fasen får 0.
expl_stage_unscored = Ingen kontaktpunkter er vurdert ennå: fasen vises uten score og teller som 0 i kundereisens score.
expl_journey = Snitt av de { $n } fasene: ({ $list }) / { $n } = { $score }
expl_unscored_touchpoint = Ingen dimensjon er vurdert ennå.
executive_summary = Lederoppsummering
journey_map = Kundereisekart
journey_map_intro = Fasene fra venstre mot høyre; nedover i hver fase kommer kontaktpunktene med score, hvordan hver persona opplever dem, smertepunktene og tiltakene. Åpne en fase for alle funn og tiltak i den.
no_touchpoints_gap = Ingen kontaktpunkter: hull
top_recommendations = De fem viktigste anbefalingene
all_recommendations = Alle anbefalinger
at_a_glance = Kort oppsummert
open_findings_count = Åpne funn
stages_below_pass = Faser under grensen
touchpoints_count = Kontaktpunkter
journey_charts = Kundereisen i diagrammer
see_all_findings = Se alle funn
stage = Fase
stages = Faser
touchpoint = Kontaktpunkt
touchpoints = Kontaktpunkter
touchpoints_intro = Alle kontaktpunktene i gjennomgangen, fase for fase. Velg et navn for å åpne scorekortet.
name = Navn
channel = Kanal
mode = Digitalt eller fysisk
online = Digitalt
offline = Fysisk
owner = Eierskap
owner_owned = Eid
owner_paid = Betalt
owner_earned = Fortjent
owner_third-party = Tredjepart
content = Innhold
content_soft = Mykt innhold
content_hard = Hardt innhold
content_none = Ikke noe innhold
emotion = Følelse
emotion_-2 = Frustrert
emotion_-1 = Negativ
emotion_0 = Nøytral
emotion_1 = Positiv
emotion_2 = Begeistret
emotion_unknown = Ikke registrert
funnel_top = Toppen av trakten
funnel_middle = Midten av trakten
funnel_bottom = Bunnen av trakten
funnel_post = Etter kjøpet
scorecards = Scorekort
dimension = Dimensjon
weight = Vekt
kpis = KPI-er
kpi = KPI
value = Verdi
target = Mål
result = Resultat
met = Nådd
missed = Ikke nådd
no_target = Ikke noe mål
higher_is_better = høyere er bedre
lower_is_better = lavere er bedre
no_kpis = Ingen KPI registrert.
pain_points = Smertepunkter
opportunities = Muligheter
none_recorded = Ingen registrert.
personas_served = Personas som betjenes
all_personas = Alle personas
linked_note = Notat
reviewed = Gjennomgått
stage_notes = Notater om fasen
more_notes = Flere notater
no_stage_note = Det er ikke skrevet noe notat om denne fasen.
stage_empty_text = Fasen har ingen kontaktpunkter. Kunder som kommer hit, møter ingenting fra merkevaren: et hull i kundereisen.
previous_stage = Forrige fase
next_stage = Neste fase
findings = Funn
findings_lower = funn
finding_lower = funn
findings_intro = Det gjennomgangen fant, etter fase og etter område. Hvert funn lenker til kontaktpunktet det gjelder, og til regelen som forklarer det.
no_findings = Ingen funn.
no_open_findings = Ingen åpne funn.
journey_wide = Hele kundereisen
by_stage = Etter fase
by_area = Etter område
area = Område
area_content = Innhold
area_data = Data
area_touchpoints = Kontaktpunkter
area_technology = Teknologi
area_research = Innsikt
severity = Alvorlighet
severity_error = Kritisk
severity_warning = Viktig
severity_info = Mindre
accepted_gaps = Aksepterte hull
accepted_intro = Funn som etter avtale er akseptert i denne syklusen, hvert med sin begrunnelse. De teller ikke som åpne funn.
no_accepted = Ingen hull er akseptert i denne syklusen.
reason = Begrunnelse
waivers = Unntak
waiver_live = Gjelder
waiver_unused = Gjelder, men traff ingenting i denne syklusen
waiver_expired = Utløpt: gjelder ikke lenger
until = til
status = Status
scope = Gjelder for
everywhere = Alle funn fra regelen
about_rule = Om regelen
recommendations = Anbefalinger
recommendations_intro = Tiltak kunden kan gjennomføre, i prioritert rekkefølge. Hvert tiltak forteller hvorfor, hvor i kundereisen det gjelder, og hvilke funn det svarer på.
how_ranking_works = Slik er rekkefølgen satt
ranking_text = Rådgiverens egne tiltak kommer først, med rådgiverens ord; reglenes råd dekker bare det ingen tiltak svarer på. Alt er prioritert etter effekt (høy først), så innsats (lav først), så alvorligheten i funnene tiltaket svarer på, hvor tidlig i trakten det gjelder, hvor stor andel av kundene kontaktpunktet når, og hvor langt under grensen for bestått det ligger.
no_recommendations = Ingenting å anbefale: ingen åpne funn.
rank = Plassering
why = Hvorfor
answers = Svarer på
rule = Regel
rule_book = Regelbok
rule_book_intro = Alle kontrollene Trailmark gjør: hva de ser etter, hvorfor det betyr noe for kundereisen, og hvordan funnene rettes opp. Alvorligheten er den denne gjennomgangen bruker.
what_it_checks = Hva regelen sjekker
why_it_matters = Hvorfor det betyr noe
example = Eksempel
how_to_fix = Slik retter du det
rule_off = Slått av i denne gjennomgangen
findings_in_report = Funn i denne rapporten
rule_passes = Bestått: ingenting funnet.
default_severity = standard
coverage = Dekning
coverage_intro = Hvordan kontaktpunktene fordeler seg på kanaler, innhold og eierskap. En sunn kundereise møter kundene i flere kanaler, informerer før den selger og hviler ikke bare på merkevarens egne kanaler.
coverage_channels = Kanaler per fase
coverage_channels_text = Hvilke kanaler som bærer hver fase. En fase som hviler på én kanal, er sårbar: kunder som ikke bruker den, møter aldri merkevaren der.
content_mix = Innholdsmiks
content_mix_text = Mykt innhold informerer og inspirerer (guider, sammenligninger, kalkulatorer); hardt innhold selger (tilbud, priser, bestilling). De tidlige fasene trenger mykt innhold, beslutningen trenger hardt innhold.
touchpoint_mix = Kontaktpunktmiks
touchpoint_mix_text = Egne, betalte, fortjente og tredjeparts kontaktpunkter, digitalt og fysisk. Mye av kundereisen skjer før kundene når merkevarens egne kanaler.
chart_missing = Dette diagrammet er ikke med i denne rapporten.
chart_data = Data bak diagrammet
personas = Personas
personas_intro = Kundetypene kundereisen er kartlagt for, og kontaktpunktene som betjener hver av dem.
no_personas = Gjennomgangen definerer ingen personas.
segment = Segment
share = Andel av kundene
goals = Mål
frustrations = Frustrasjoner
persona_touchpoints = Kontaktpunkter som betjener personaen
persona_not_served = Betjenes ikke i denne fasen
persona_chart = Personas gjennom kundereisen
research = Innsikt
research_intro = Intervjuene, workshopene og datagjennomgangene gjennomgangen bygger på.
no_research = Ingen innsiktsarbeid er med i denne gjennomgangen.
title = Tittel
method = Metode
method_interview = Intervju
method_workshop = Workshop
method_analytics = Dataanalyse
method_survey = Spørreundersøkelse
persona = Persona
date = Dato
participants = Deltakere
interviews_total = Intervjuede kunder: { $n } av de { $min } gjennomgangen krever.
related_touchpoints = Kontaktpunkter
notes = Notater
chart = Diagram
on_this_page = På denne siden

findings_filter = Filtrer funnene
findings_all = Alle
findings_filtered = Funn: { $filter }
findings_open = Åpne funn for kunden
findings_agency = For byrået
findings_for_agency = Gjennomgangens kvalitet
findings_cause = Årsak
findings_none_here = Ingen åpne funn her.

## Months, for dates.

month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
map_views = Vis kartet for
journey_map_for = Kundereisekart for { $persona }
journey_map_persona_intro = Én personas kontaktpunkter, følelser, smertepunkter og tiltak gjennom fasene. Om personaen:
none_for_persona = Ingen kontaktpunkter for denne personaen
more_on_stage = mer på fasens side
quick_win = rask gevinst
impact_effort = Effekt: { $impact } · innsats: { $effort }
low_point_text = Lavpunkt: { $persona } ved { $touchpoint } i { $stage } ({ $emotion })
coverage_sentence = { $mapped } av { $total } faser kartlagt; { $score } på tvers av de kartlagte fasene.
unmapped_sentence = Ikke kartlagt ennå og telt som 0 i kundereisens score: { $stages }.
insight_weakest_below = { $stage } er den svakeste fasen med { $score }, under grensen for bestått på { $pass }.
insight_weakest_passes = Alle kartlagte faser består; den svakeste er { $stage } med { $score }.
insight_low_point = Det emosjonelle lavpunktet: { $persona } ved { $touchpoint } i { $stage } ({ $emotion }).
insight_unmapped = Ingen eier fasen { $stage } ennå: den har ingen kontaktpunkter.
insight_most_findings = { $touchpoint } har { $n } åpne funn, flere enn noe annet kontaktpunkt.
insight_quick_wins = { $n } av de { $total } tiltakene er raske gevinster: høy effekt for lav innsats.
key_insights = Viktigste innsikter
top_actions = Viktigste tiltak
impact = Effekt
effort = Innsats
consultant_summary = Rådgiverens oppsummering
all_actions_count = Alle { $n } tiltak, etter fase

## The rules: what passing looks like, the failing state, the advice and why it matters.

rule-empty-stage-title = Alle faser har kontaktpunkter
rule-empty-stage-failure = En fase har ingen kontaktpunkter
rule-empty-stage-advice = Gi de tomme fasene egne kontaktpunkter
rule-empty-stage-rationale = Kunder som kommer til en tom fase, møter ingenting fra merkevaren og leter derfor etter svar andre steder, ofte hos en konkurrent.

rule-thin-stage-title = Alle faser har nok kontaktpunkter
rule-thin-stage-failure = En fase har for få kontaktpunkter
rule-thin-stage-advice = Legg til kontaktpunkter i de tynne fasene, slik at kunden har mer enn én vei gjennom dem
rule-thin-stage-rationale = Når en fase bare har én vei gjennom, faller kundene som ikke bruker den eller møter en feil, ut av kundereisen der.

rule-missing-top-funnel-content-title = Toppen av trakten har mykt innhold som fungerer
rule-missing-top-funnel-content-failure = Toppen av trakten mangler mykt innhold som fungerer
rule-missing-top-funnel-content-advice = Gi den første fasen mykt innhold (guider, kalkulatorer, sammenligninger) som svarer på kundens første spørsmål
rule-missing-top-funnel-content-rationale = I starten leter kundene etter svar, ikke tilbud, og de heller mot merkevaren som hjelper dem først.

rule-missing-decision-content-title = Kjøpsklare kunder finner hardt innhold
rule-missing-decision-content-failure = Bunnen av trakten har ikke noe hardt innhold
rule-missing-decision-content-advice = Gi beslutningsfasene hardt innhold: tilbud, priser, vilkår og en tydelig oppfordring til handling
rule-missing-decision-content-rationale = Kjøpsklare kunder finner ikke tilbudet, prisen eller neste steg, så de kjøper hos den som ber om ordren.

rule-single-channel-stage-title = Hver fase når kundene gjennom mer enn én kanal
rule-single-channel-stage-failure = En fase hviler på én enkelt kanal
rule-single-channel-stage-advice = Nå kunden gjennom flere kanaler i fasene som bare bruker én
rule-single-channel-stage-rationale = Kunder som ikke bruker akkurat den kanalen, blir aldri nådd, og svikter den, svikter hele fasen med den.

rule-online-only-journey-title = Kundereisen møter også kundene fysisk
rule-online-only-journey-failure = Kundereisen er bare digital
rule-online-only-journey-advice = Kartlegg de fysiske kontaktpunktene kundene møter (butikk, telefon, arrangementer, trykksaker, ansatte), og legg dem inn i kundereisen
rule-online-only-journey-rationale = Kundene møter også merkevaren i butikken, på telefonen og gjennom mennesker; de øyeblikkene veier ofte tyngst, men ingen måler eller styrer dem.

rule-missing-third-party-presence-title = Merkevaren er til stede der kundene leter før de møter den
rule-missing-third-party-presence-failure = Ingen fortjent eller tredjeparts tilstedeværelse tidlig i kundereisen
rule-missing-third-party-presence-advice = Kartlegg og jobb med de fortjente kontaktpunktene og dem hos tredjepart tidlig i kundereisen: anmeldelser, anbefalinger, presse, portaler, partnere
rule-missing-third-party-presence-rationale = Tidlig i kundereisen stoler kundene mer på anmeldelser, anbefalinger og presse enn på merkevarens egen stemme, så en merkevare som mangler der, blir sjelden vurdert.

rule-missing-post-purchase-engagement-title = Merkevaren holder kontakten etter kjøpet
rule-missing-post-purchase-engagement-failure = Ingenting fra merkevaren selv følger kunden etter kjøpet
rule-missing-post-purchase-engagement-advice = Bygg egne kontaktpunkter etter kjøpet som får kundene til å komme tilbake og anbefale merkevaren
rule-missing-post-purchase-engagement-rationale = Det koster langt mindre å beholde en kunde enn å vinne en ny, men ingenting får kjøperne til å komme tilbake eller anbefale merkevaren.

rule-low-score-touchpoint-title = Alle vurderte kontaktpunkter består
rule-low-score-touchpoint-failure = Et kontaktpunkt scorer under grensen for bestått
rule-low-score-touchpoint-advice = Forbedre de svake kontaktpunktene der de scorer lavest
rule-low-score-touchpoint-rationale = Der et kontaktpunkt fungerer dårlig, møter kundene merkevaren og går derfra mindre overbevist enn da de kom.

rule-weak-stage-title = Alle faser scorer minst grensen for bestått
rule-weak-stage-failure = En fase scorer under grensen for bestått
rule-weak-stage-advice = Løft de svake fasene, og begynn med kontaktpunktene som scorer lavest
rule-weak-stage-rationale = Kundene opplever hele steget som svakt, uansett kanal, og et svakt steg tidlig i trakten mister dem før de sterkere fasene kommer til.

rule-unaddressed-pain-point-title = Alle smertepunkter har en mulighet
rule-unaddressed-pain-point-failure = Et kontaktpunkt har smertepunkter, men ingen mulighet
rule-unaddressed-pain-point-advice = Gjør hvert smertepunkt om til en konkret mulighet
rule-unaddressed-pain-point-rationale = Kundene kjenner på problemene i dag, men uten et planlagt svar blir ingen av dem til en forbedring i neste syklus.

rule-missing-kpi-title = Alle kontaktpunkter har en KPI
rule-missing-kpi-failure = Et kontaktpunkt har ingen KPI
rule-missing-kpi-advice = Gi hvert kontaktpunkt en KPI med et mål, slik at neste syklus kan måle resultatet
rule-missing-kpi-rationale = Uten et måltall på et kontaktpunkt kan ingen i neste syklus se om pengene og innsatsen som er brukt på det, har lønnet seg.

rule-kpi-below-target-title = Alle KPI-er når målet sitt
rule-kpi-below-target-failure = En KPI når ikke målet sitt
rule-kpi-below-target-advice = Sett inn tiltak på kontaktpunktene med KPI-er som ikke når målet
rule-kpi-below-target-rationale = Et mål som ikke nås, viser med tall at et kontaktpunkt ikke gjør jobben sin, og det koster leads, salg eller lojale kunder.

rule-unscored-touchpoint-title = Alle kontaktpunkter er vurdert på alle dimensjoner
rule-unscored-touchpoint-failure = Et kontaktpunkt mangler score
rule-unscored-touchpoint-advice = Vurder dimensjonene som mangler
rule-unscored-touchpoint-rationale = Score som bygger på et ufullstendig grunnlag, kan få et kontaktpunkt til å se bedre eller verre ut enn det er, og tåkelegge sammenligningen i neste syklus.

rule-missing-personas-title = Det er definert personas
rule-missing-personas-failure = Det er ikke definert noen personas
rule-missing-personas-advice = Beskriv to eller tre personas ut fra kundeintervjuene
rule-missing-personas-rationale = Uten et klart bilde av de typiske kundene blir kundereisen vurdert ut fra en gjennomsnittskunde som ikke finnes.

rule-persona-gap-title = Hver persona har kontaktpunkter i alle faser
rule-persona-gap-failure = En persona har ingen kontaktpunkter i en fase
rule-persona-gap-advice = Gi hver persona et kontaktpunkt i hver fase de går gjennom
rule-persona-gap-rationale = En kundegruppe møter ingenting fra merkevaren på et steg i kundereisen sin, og det er der et segment stille og rolig glir over til en konkurrent.

rule-too-few-interviews-title = Det er intervjuet nok kunder
rule-too-few-interviews-failure = Det er intervjuet for få kunder
rule-too-few-interviews-advice = Intervju flere kunder om kundereisen deres
rule-too-few-interviews-rationale = Med for få intervjuede kunder viser kartet det virksomheten selv ser, heller enn det kundene faktisk gjør, og én uvanlig stemme kan skjevvri det.

## Findings: what a rule found, with its ids named in the report language.

findings_count = { $count } funn
reasoning-summary = { $failure } ({ $count } funn).
reasoning-summary-stages = { $failure }: { $count } funn i { $stages }.
finding-internal-error = Kontrollen { $check } feilet internt og ble hoppet over; meld gjerne fra om feilen.
finding-empty-stage = Fasen { $stage } har ingen kontaktpunkter.
finding-thin-stage = Fasen { $stage } har bare { $count } { $count ->
        [one] kontaktpunkt
       *[other] kontaktpunkter
    }; gjennomgangen krever minst { $min }.
finding-missing-top-funnel-content-empty = Fasen { $stage } har ingen kontaktpunkter, så ikke noe mykt innhold møter kunder som så vidt har begynt å orientere seg.
finding-missing-top-funnel-content-none = Fasen { $stage } har ikke noe mykt innhold: { $total ->
        [one] fasens eneste kontaktpunkt verken informerer eller inspirerer
       *[other] ingen av fasens { $total } kontaktpunkter informerer eller inspirerer
    } kunder som ennå ikke er klare til å kjøpe.
finding-missing-top-funnel-content-weak = Det myke innholdet i fasen { $stage } når ikke opp til grensen for bestått ({ $pass }): { $list }.
scored-touchpoint = { $touchpoint } ({ $score })
unscored-touchpoint = { $touchpoint } (ikke vurdert)
finding-missing-decision-content-no-stage = Kundereisens modell har ingen fase i bunnen av trakten, så ingenting gir kjøpsklare kunder et tilbud, en pris eller et neste steg.
finding-missing-decision-content = { $count ->
        [one] Fasen
       *[other] Fasene
    } { $stages } har ikke noe hardt innhold: kjøpsklare kunder finner verken tilbud, pris eller oppfordring til handling.
finding-single-channel-stage = { $count ->
        [2] Begge kontaktpunktene
       *[other] Alle { $count } kontaktpunktene
    } i fasen { $stage } bruker samme kanal ({ $channel }): kunder som ikke bruker den, nås ikke i fasen.
finding-online-only-journey = { $count ->
        [0] Kundereisen har ingen kontaktpunkter, så ingenting møter kunden fysisk.
        [one] Kundereisens eneste kontaktpunkt er digitalt; ingenting møter kunden fysisk (butikk, telefon, arrangementer, trykksaker).
       *[other] Alle kundereisens { $count } kontaktpunkter er digitale; ingenting møter kunden fysisk (butikk, telefon, arrangementer, trykksaker).
    }
finding-missing-third-party-presence-no-stage = Kundereisens modell har ingen fase i toppen eller midten av trakten, så ingen fortjente kontaktpunkter og ingenting hos tredjepart møter kundene før de når merkevarens egne kanaler.
finding-missing-third-party-presence = { $count ->
        [one] Fasen
       *[other] Fasene
    } { $stages } har ingen fortjente kontaktpunkter og ingen hos tredjepart: kundene møter verken anmeldelser, anbefalinger eller partnerkanaler før de når merkevarens egne og betalte kanaler.
finding-missing-post-purchase-engagement-no-stage = Kundereisens modell har ingen fase etter kjøpet, så ingen egne kontaktpunkter får kundene til å kjøpe igjen eller anbefale merkevaren.
finding-missing-post-purchase-engagement = { $count ->
        [one] Fasen
       *[other] Fasene
    } { $stages } har ingen egne kontaktpunkter: ingenting fra merkevarens egne kanaler får kundene til å kjøpe igjen eller anbefale merkevaren.
finding-low-score-touchpoint = Kontaktpunktet { $touchpoint } i fasen { $stage } scorer { $score } av 100, under grensen for bestått ({ $pass }).
finding-low-score-touchpoint-weakest = Kontaktpunktet { $touchpoint } i fasen { $stage } scorer { $score } av 100, under grensen for bestått ({ $pass }); lavest scorer { $dimensions } ({ $low } av { $scale }).
finding-weak-stage = Fasen { $stage } scorer { $score }, under grensen for bestått ({ $pass }): { $below } av fasens { $scored } { $scored ->
        [one] vurderte kontaktpunkt
       *[other] vurderte kontaktpunkter
    } ligger under grensen.
finding-weak-stage-with-unscored = Fasen { $stage } scorer { $score }, under grensen for bestått ({ $pass }): { $below } av fasens { $scored } { $scored ->
        [one] vurderte kontaktpunkt
       *[other] vurderte kontaktpunkter
    } ligger under grensen ({ $unscored } { $unscored ->
        [one] kontaktpunkt er ikke vurdert og teller
       *[other] kontaktpunkter er ikke vurdert og teller
    } ikke med).
finding-unaddressed-pain-point-emotion = Kundene opplever { $touchpoint } negativt (følelse { $emotion }), men det er verken notert smertepunkter eller muligheter.
finding-unaddressed-pain-point = { $touchpoint } har { $count } { $count ->
        [one] smertepunkt og ingen mulighet som tar tak i det
       *[other] smertepunkter og ingen mulighet som tar tak i dem
    }: { $list }.
finding-missing-kpi = { $touchpoint } har ingen KPI: effekten av endringer her kan ikke måles i neste syklus.
finding-kpi-below-target = { $touchpoint } når ikke { $count ->
        [one] målet for én KPI
       *[other] målene for { $count } KPI-er
    }: { $list }.
kpi-missed-at-least = { $kpi } { $value } (mål minst { $target })
kpi-missed-at-most = { $kpi } { $value } (mål høyst { $target })
finding-unscored-touchpoint = { $touchpoint } er ikke vurdert på { $dimensions }: kontaktpunktet har ingen score og teller ikke med i fasens score.
finding-unscored-touchpoint-partly = { $touchpoint } er ikke vurdert på { $dimensions }; scoren bygger på { $rest ->
        [one] den siste dimensjonen
       *[other] de øvrige { $rest } dimensjonene
    }.
finding-missing-personas = Det er ikke beskrevet noen personas: beskriv to eller tre typiske kunder som personas, slik at kontaktpunktene kan holdes opp mot kundene de skal betjene.
finding-persona-gap = Ingen kontaktpunkter i fasen { $stage } henvender seg til { $persona }: { $count ->
        [one] fasens eneste kontaktpunkt er rettet mot andre personas
       *[other] alle { $count } er rettet mot andre personas
    }.
finding-too-few-interviews-none = Gjennomgangen bygger ikke på noe kundeintervju; den krever minst { $min } intervjuede kunder.
finding-too-few-interviews = { $total } { $total ->
        [one] kunde
       *[other] kunder
    } intervjuet i { $notes } { $notes ->
        [one] intervjunotat
       *[other] intervjunotater
    }; gjennomgangen krever minst { $min }.
finding-score-regression-stage = Sammenlignet på de samme kontaktpunktene har scoren for fasen { $stage } falt fra { $before } i { $cycle } til { $after } ({ $drop } poeng lavere) over de { $count } kontaktpunktene som er vurdert i begge syklusene.
finding-scope-change = Kontaktpunktene i fasen { $stage } har endret seg siden { $cycle }: { $changes }. Fasens score kan bare sammenlignes på kontaktpunktene som finnes i begge syklusene.
touchpoint-name = { $touchpoint }
scope-added = lagt til { $touchpoints }
scope-removed = fjernet { $touchpoints }
scope-moved-in = flyttet hit { $touchpoints }
scope-moved-out = flyttet bort { $touchpoints }
scope-moved-from = { $touchpoint } (fra { $stage })
scope-moved-to = { $touchpoint } (til { $stage })
finding-score-regression-touchpoint = Scoren for { $touchpoint } har falt fra { $before } i { $cycle } til { $after } ({ $drop } poeng lavere).

## Charts: what each one shows, for readers who cannot see it.

chart-coverage-description = Hvor mange av de { $n_touchpoints } kontaktpunktene hver fase har i hver av { $n_channels } kanaler; et tomt felt betyr ingen.
chart-coverage-empty-stages = Faser uten kontaktpunkter: { $names }.
chart-personas-description = Hvor mange kontaktpunkter som dekker hver persona i hver fase: en fylt sirkel betyr at noen er rettet mot personaen, en ring bare kontaktpunkter for alle, et tomt felt ingen.
chart-personas-not-served = Ikke dekket: { $gaps }.
chart-content-description = Hver fases kontaktpunkter etter innhold: mykt innhold informerer og inspirerer, hardt innhold selger.
chart-content-missing-soft = Tidlige faser uten mykt innhold: { $names }.
chart-mix-description = Hver fases kontaktpunkter etter eier (eid, betalt, fortjent, tredjepart) og etter digitalt eller fysisk.
chart-mix-online-only = Bare digitalt: { $names }.
chart-dimensions-description = Scoren for de { $n } kontaktpunktene i { $name } på hver dimensjon, fra 0 til { $scale_text }, mot grensen for bestått på { $pass_text }.

## Chart labels.

chart_passed = Bestått
chart_below = Under grensen for bestått
chart_no_touchpoints = Ingen kontaktpunkter
chart_no_soft_content = Ikke noe mykt innhold
chart_total = Totalt
chart_at_or_above = Bestått
chart_targeted = rettet mot personaen
chart_general_only = Bare kontaktpunkter for alle personas
chart_not_served = Tom: ikke dekket
chart_empty_cell = Tom: ingen
chart_per_cell = Kontaktpunkter per felt:
chart_by_owner = Etter eier:
chart_by_mode = Digitalt og fysisk:
chart_none = {"–"}
chart_stage_scores = Fasene vurdert mot grensen for bestått
chart_coverage = Kontaktpunkter per fase og kanal
chart_content_mix = Innhold per fase: mykt, hardt eller ingen
chart_touchpoint_mix = Kontaktpunkter per fase: eierskap, digitalt og fysisk
chart_personas = Personas dekket per fase
chart_dimensions = kontaktpunktenes score per dimensjon

## Channels, dimensions: the built-in vocabularies.

channel-website = Nettside
channel-search = Søk
channel-social = Sosiale medier
channel-email = E-post
channel-newsletter = Nyhetsbrev
channel-ads = Annonser
channel-display = Display
channel-video = Video
channel-blog = Blogg
channel-reviews = Anmeldelser
channel-marketplace = Markedsplass
channel-app = App
channel-chat = Chat
channel-store = Butikk
channel-event = Arrangement
channel-trade-show = Messe
channel-print = Trykksaker
channel-brochure = Brosjyre
channel-outdoor = Utendørs
channel-packaging = Emballasje
channel-phone = Telefon
channel-sales = Salg
channel-employees = Ansatte
channel-word-of-mouth = Jungeltelegrafen
channel-service-center = Kundesenter
dimension-presence = Tilstedeværelse
dimension-relevance = Relevans
dimension-consistency = Konsistens
dimension-experience = Opplevelse

## The stages of the preset journey models.

stage-awareness = Kjennskap
stage-consideration = Vurdering
stage-decision = Beslutning
stage-purchase = Kjøp
stage-experience = Opplevelse
stage-loyalty = Lojalitet
stage-advocacy = Anbefaling
stage-search = Søk
stage-offer = Tilbud
stage-conversion = Konvertering
stage-usage = Bruk
stage-evaluation = Evaluering
stage-post-purchase = Etter kjøpet

## The terminal.

terminal-help = råd: { $advice } (kjør `trailmark explain { $rule }` for å se hvorfor det er viktig)
terminal-touchpoint-label = kontaktpunkt `{ $id }`
terminal-waiver-label = dette unntaket
terminal-waiver-expired = unntaket for `{ $rule }` gikk ut med syklus { $cycle }; funnene er åpne igjen
terminal-waiver-unused = unntaket for `{ $rule }` treffer ingen funn; er hullet tettet, kan du fjerne det
terminal-summary = { $errors } { $errors ->
        [one] kritisk
       *[other] kritiske
    }, { $warnings } { $warnings ->
        [one] viktig
       *[other] viktige
    }, { $info } mindre{ $accepted ->
        [0] {""}
       *[other] {" "}({ $accepted } akseptert)
    }; kundereisens score { $score } av 100
terminal-findings = Funn: { $summary }

chart_all_customers = Alle kunder
chart_emotion_title = Følelsen gjennom kundereisen, per persona
chart-no-stage-below = Ingen fase er under grensen for bestått.
chart-stages-below = { $n } av { $total } faser er under grensen for bestått: { $names }.
chart_not_mapped = Ikke kartlagt
chart-scores-description = Hver fases score fra 0 til 100 mot grensen for bestått på { $pass_text }.
chart_target = Mål
chart_target_met = Mål nådd
chart_target_missed = Mål ikke nådd
chart_value = Verdi
chart_share_of_target = Andel av mål
chart-kpi-description = Hver KPI som andel av målet sitt (100 % er målet; for en KPI der lavere er bedre, målet delt på verdien). { $met } av { $total } KPI-er når målet sitt.
chart_kpi_title = KPI-er mot målene sine
chart-score-matrix-description = Gjennomsnittlig score (0–100) for kontaktpunktene som dekker hver persona i hver fase; røde nyanser er under grensen for bestått på { $pass }, blå nyanser på eller over. Et tomt felt har ingen vurderte kontaktpunkter.
chart_score_matrix_title = Score per fase og persona
chart-emotion-matrix-description = Den laveste følelsen (−2 til +2) hver persona har i hver fase; rødt er negativt, blått positivt. Et tomt felt har ingen registrert følelse.
chart_emotion_matrix_title = Følelse per fase og persona
level_low = Lav
level_medium = Middels
level_high = Høy
chart_impact = Effekt
chart_effort = Innsats
chart_quick_wins = Raske gevinster
chart_number = Nr.
chart_action = Tiltak
chart_actions_title = Tiltak etter effekt og innsats
chart-emotion-low-point = Lavpunkt: { $persona }, { $touchpoint } i { $stage } ({ $emotion })
chart-emotion-description = Hver personas laveste følelse i hver fase, fra −2 til +2, én linje per persona. { $with_emotion } av { $total } kontaktpunkter har en registrert følelse.
chart-actions-description = Rådgiverens { $count } tiltak etter effekt (opp) og innsats (til høyre), nummerert som i tabellen; { $wins } er raske gevinster (høy effekt, lav innsats), øverst til venstre.

rule-scope-change-title = Fasene har de samme kontaktpunktene som i forrige syklus
rule-scope-change-failure = Kontaktpunktene i en fase har endret seg siden forrige syklus
rule-scope-change-advice = Sammenlign de endrede fasene på de samme kontaktpunktene, og skriv i fasenotatene hvorfor kontaktpunktene har endret seg
rule-scope-change-rationale = En fase med endrede kontaktpunkter vurderer en annen kundereise, så scoreendringen sier like mye om kartet som om kundeopplevelsen.
rule-score-regression-title = Ingen score har falt siden forrige syklus
rule-score-regression-failure = En score har falt siden forrige syklus
rule-score-regression-advice = Finn ut hva som har endret seg der scoren har falt, og vinn tilbake det som er tapt
rule-score-regression-rationale = Det som ble vunnet i tidligere sykluser, er i ferd med å gå tapt, og en tilbakegang er billigst å snu mens årsaken fortsatt er fersk.
rule-emotional-low-point-title = Ingen kontaktpunkter er et emosjonelt lavpunkt
rule-emotional-low-point-failure = Et kontaktpunkt er et emosjonelt lavpunkt
rule-emotional-low-point-advice = Fjern det som gjør at kundene har det verst ved disse kontaktpunktene
rule-emotional-low-point-rationale = Ett enkelt øyeblikk som frustrerer en kunde, kan ødelegge resten av kundereisen, og det skjuler seg bak et snitt eller en bestått score.
rule-missing-emotion-data-title = De fleste kontaktpunktene har en registrert følelse
rule-missing-emotion-data-failure = For få kontaktpunkter har en registrert følelse
rule-missing-emotion-data-advice = Registrer hvordan kundene har det, ved flere kontaktpunkter
rule-missing-emotion-data-rationale = En følelseskurve tegnet ut fra få kontaktpunkter viser hvor gjennomgangen så, ikke hvor kundene er fornøyde eller faller fra.
rule-no-owned-soft-content-title = Merkevaren publiserer selv mykt innhold
rule-no-owned-soft-content-failure = Merkevaren eier ikke noe mykt innhold
rule-no-owned-soft-content-advice = Publiser egne guider og svar
rule-no-owned-soft-content-rationale = Uten eget innhold som informerer, overlater merkevaren alle svarene til anmeldere, forum og konkurrenter og snakker bare når den selger.
rule-stale-touchpoint-title = Alle kontaktpunkter er gjennomgått nylig
rule-stale-touchpoint-failure = Gjennomgangen av et kontaktpunkt er utdatert
rule-stale-touchpoint-advice = Gå gjennom kontaktpunktene med utdatert vurdering
rule-stale-touchpoint-rationale = En score fra for over et år siden beskriver et kontaktpunkt som kanskje ikke lenger finnes i den formen.
rule-thin-persona-evidence-title = Alle personas bygger på nok intervjuer
rule-thin-persona-evidence-failure = En persona bygger på for få intervjuer
rule-thin-persona-evidence-advice = Intervju flere kunder fra personaene som bygger på for lite
rule-thin-persona-evidence-rationale = En persona tegnet ut fra én samtale beskriver én kunde, og beslutninger tatt for den kan bomme på hele segmentet.
rule-untargeted-persona-title = Alle personas har kontaktpunkter rettet mot seg tidlig i kundereisen
rule-untargeted-persona-failure = En persona har ingen kontaktpunkter rettet mot seg i en fase
rule-untargeted-persona-advice = Rett kontaktpunkter mot personaene som bare de generelle kontaktpunktene når
rule-untargeted-persona-rationale = Et segment som bare møter kontaktpunkter laget for alle, får ingenting som svarer på dets egne spørsmål mens det fortsatt velger.
persona-name = { $persona }
low-point-who = {" "}for { $personas }
finding-emotional-low-point-unexplained = { $touchpoint } er et emosjonelt lavpunkt (følelse { $emotion }{ $who }), og ingen smertepunkter forklarer hvorfor.
finding-emotional-low-point = { $touchpoint } er et emosjonelt lavpunkt (følelse { $emotion }{ $who }): { $list }.
finding-missing-emotion-data = Bare { $with } av { $total } kontaktpunkter har en registrert følelse ({ $share }); følelseskurven krever minst { $minimum }.
finding-no-owned-soft-content = Ingen egne kontaktpunkter i kundereisen har mykt innhold: merkevaren publiserer ikke noe eget som informerer.
finding-stale-touchpoint = { $touchpoint } ble sist gjennomgått { $date }, { $age } dager før gjennomgangen (høyst { $maximum }).
finding-thin-persona-evidence = { $interviews ->
        [0] Ingen intervjuer nevner { $persona }; det trengs minst { $minimum }.
        [one] { $persona } bygger på { $interviews } intervjuet kunde; det trengs minst { $minimum }.
       *[other] { $persona } bygger på { $interviews } intervjuede kunder; det trengs minst { $minimum }.
    }
finding-untargeted-persona = Ingen kontaktpunkter i fasen { $stage } er rettet mot { $persona }; bare { $count ->
        [one] ett kontaktpunkt
       *[other] { $count } kontaktpunkter
    } uten personas når dem.
changes_largest = særlig
changes_stages_compared = faser på de samme kontaktpunktene
changes_improved = Forbedret
changes_none_improved = ingen score steg
changes_regressed = Forverret
changes_none_regressed = ingen score falt
changes_heading = Endringer
changes_like_for_like = på de samme kontaktpunktene
changes_journey = Kundereisen
changes_stage_new_in_model = ny i modellen
changes_stage_newly_mapped = kartlagt for første gang
changes_touchpoints_added = Lagt til
changes_touchpoints_removed = Fjernet
changes_moved_in = flyttet hit
changes_moved_out = flyttet bort
changes_gains = Fremgang
changes_losses = Tilbakegang
changes_touchpoints_moved = Flyttet
changes_touchpoints_renamed = Omdøpt
changes_findings_resolved = Løste funn
changes_findings_new = Nye funn
changes_findings_open = Vedvarende funn
changes_actions_done_heading = Gjennomførte tiltak
touchpoints_count_plural = { $count } { $count ->
        [one] kontaktpunkt
       *[other] kontaktpunkter
    }
changes-findings-line = Løst: { $resolved }; { $new } nye, { $persisting } fortsatt åpne
changes-actions-done = { $count } { $count ->
        [one] tiltak gjennomført
       *[other] tiltak gjennomført
    }
trend_series = Serie
trend_journey_title = Kundereisens score per syklus
trend-journey-description = Kundereisens score i hver av de { $n } registrerte syklusene, { $first } til { $last }, mot grensen for bestått.
trend_journey_series = Kundereisens score
trend_stages_title = Fasenes score per syklus
trend-stages-description = Hver fases score i de { $n } registrerte syklusene, { $first } til { $last }; en fase modellen ennå ikke hadde, har ikke noe punkt.
trend_errors = Kritiske
trend_warnings = Viktige
trend_information = Mindre
trend_findings_title = Åpne funn per syklus
trend-findings-description = Åpne funn (ikke aksepterte) etter alvorlighet i de { $n } registrerte syklusene, { $first } til { $last }.
stage_change_kept = I begge syklusene
stage_change_new = Ny i denne syklusen
stage_change_moved_in = Flyttet hit
stage_change_gone = Fjernet eller flyttet bort
stage_change_before = Før
stage_change_after = Etter
stage_change_delta = Endring
stage_change_heading = Siden forrige syklus
stage-change-title = { $name }: kontaktpunkter { $from } og { $to }
stage-change-description = Hvert kontaktpunkts score i { $from } (grå) og { $to } (blå); nye kontaktpunkter (oransje), flyttede og fjernede er markert, slik at et endret omfang ikke leses som en endret score.
changes_column_resolved = Løst
changes_column_new = Nye
changes_column_open = Fortsatt åpne
changes_page_journey = Kundereisens score
changes_page_stages = Faser
changes_page_stage = Fase
changes_page_score = Score som publisert
changes_page_like_for_like = På de samme kontaktpunktene
changes_page_scope = Endret omfang
changes_page_like_note = Sammenligning på de samme kontaktpunktene ser på kontaktpunktene en fase har i begge syklusene, med score i begge: nye, fjernede og flyttede kontaktpunkter er et endret omfang og vises for seg.
changes_page_touchpoints = Kontaktpunkter
changes_page_gains = Fremgang, største først
changes_page_losses = Tilbakegang, største først
changes_page_none = Ingen.
changes_page_findings = Funn
changes_page_actions = Tiltak gjennomført siden forrige syklus
changes_page_trends = Utvikling over alle registrerte sykluser
changes_page_before_after = Hver fase før og etter
changes-page-title = Siden { $from }

changes_stage_added = lagt til
changes_stage_removed = fjernet
changes-report-of = Rapporten for { $cycle }
changes_page_earlier_reports = Rapporter fra tidligere sykluser
consultant_actions = Handlingsplanen
consultant_actions_intro = Rådgiverens forslag til kontaktpunktene, med funnene hvert forslag svarer på.
further_advice = Øvrige anbefalinger
audit_quality = Gjennomgangens kvalitet: åpne oppgaver for byrået
audit_quality_intro = Hull i selve gjennomgangen (manglende KPI-er, score, intervjuer eller følelser, gamle vurderinger, smertepunkter uten mulighet). De er ikke en del av kundens handlingsplan.
responsible = Ansvarlig
due = Frist
status_open = Åpen
status_planned = Planlagt
status_doing = Pågår
status_done = Ferdig
plan-action = Rådgiverens tiltak for { $touchpoint }.
plan-action-answers = Rådgiverens tiltak for { $touchpoint }; det svarer på: { $failures }.
plan-advice-touchpoint = { $touchpoint }: { $failures }. Det er ikke skrevet noen mulighet for det ennå.

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
terminal-built = Bygde { $client } ({ $cycle }): { $pages ->
        [one] én side
       *[other] { $pages } sider
    }, { $charts ->
        [one] ett diagram
       *[other] { $charts } diagrammer
    } på { $seconds } s
terminal-open = Åpne { $path }
terminal-single-file = Rapporten som én fil: { $path }
terminal-snapshot-compared = Syklusens øyeblikksbilde er lagret i { $path } (sammenlignet med { $previous })
terminal-snapshot-first = Syklusens øyeblikksbilde er lagret i { $path } (ingen tidligere syklus å sammenligne med)

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

## The rule book: what each rule checks, why it matters, an example that fires and how to fix it (Markdown).

rule-empty-stage-what =
    Slår ut én gang for hver fase i kundereisens modell der scorekortet ikke har noe kontaktpunkt, eller som ikke har noe scorekort i det hele tatt.
rule-empty-stage-why =
    En fase uten kontaktpunkter er et sted der kunden blir stående alene: ingenting merkevaren gjør, møter kunden der, så kunden finner svarene sine et annet sted, ofte hos en konkurrent. En tom fase får dessuten score 0 og trekker hele kundereisens score ned.
rule-empty-stage-example =
    En gjennomgang med sju faser uten `content/scorecards/advocacy.toml`: ingenting ber fornøyde kunder om å anbefale merkevaren.
rule-empty-stage-fix =
    Kartlegg hva kunden gjør i fasen, finn kontaktpunktene som betjener kunden (eller burde gjøre det), og før dem opp i `content/scorecards/<stage>.toml`. Gjelder fasen virkelig ikke for denne kunden, kan du velge en modell uten den eller akseptere hullet med en `[[waiver]]`.
rule-thin-stage-what =
    Slår ut én gang for hver fase som har minst ett kontaktpunkt, men færre enn `min_touchpoints_per_stage` (i `[thresholds]`, standard 2). En fase med nøyaktig `min_touchpoints_per_stage` kontaktpunkter består. En fase helt uten kontaktpunkter er et funn for `empty-stage`, ikke for denne regelen.
rule-thin-stage-why =
    Kunder beveger seg ulikt gjennom en fase: noen søker, noen spør en venn, noen går inn i butikken. En fase som hviler på ett enkelt kontaktpunkt, møter bare de kundene som tilfeldigvis bruker akkurat det, og når det svikter (en telefon ingen tar, et skjema som ikke virker), er det ingenting som fanger dem opp, og de forlater kundereisen der.
rule-thin-stage-example =
    Med standardverdien `min_touchpoints_per_stage = 2` slår en kjøpsfase ut hvis scorekortet bare har ett kontaktpunkt:

    ```toml
    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "order-and-financing"
    name    = "Bestilling og finansiering hos selgeren"
    channel = "sales"
    content = "hard"
    ```
rule-thin-stage-fix =
    Kartlegg hvordan kundene ellers kommer gjennom fasen, og legg til kontaktpunktene som betjener dem (eller burde): en selvbetjeningsside ved siden av selgeren, en telefonlinje ved siden av skjemaet, et fortjent kontaktpunkt eller et hos tredjepart ved siden av de eide. Er ett kontaktpunkt riktig for denne kunden, kan du senke `min_touchpoints_per_stage` eller akseptere funnet med en `[[waiver]]` som nevner fasen.
rule-missing-top-funnel-content-what =
    Slår ut én gang for hver fase med `funnel = "top"` som ikke har noe kontaktpunkt med `content = "soft"` med score på eller over grensen for bestått (`pass` av `scale`; nøyaktig på grensen består). Et mykt kontaktpunkt uten score teller ikke: ingenting viser at det virker. En modell uten `top`-fase har ingenting å sjekke og slår aldri ut.

    En `top`-fase helt uten kontaktpunkter slår også ut (den har ikke noe mykt innhold), ved siden av `empty-stage`: den tomme fasen er et hull i kontaktpunktene, det manglende myke innholdet et hull i innholdet, og anbefalingene nevner begge.
rule-missing-top-funnel-content-why =
    I toppen av trakten har kunden et behov, ikke en kortliste: kunden leter etter svar (kjøpe eller lease? bensin eller elektrisk? hva slags produkt passer for meg?), ikke etter tilbud. Mykt innhold (guider, kalkulatorer, sammenligninger, inspirasjon) møter kunden der og gjør at merkevaren kommer i betraktning. En første fase med bare hardt innhold (priser, kampanjer, oppfordringer til å kjøpe), eller der det myke innholdet er for svakt til å bestå, selger til folk som ikke er klare til å kjøpe, og mister dem til den som svarte på spørsmålene deres først.
rule-missing-top-funnel-content-example =
    En kjennskapsfase der det eneste myke kontaktpunktet får 2,25 av 5 (45 %, under standardgrensen for bestått på 3,0), og resten selger:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Lokal radioreklame: helgens priskampanje"
    channel = "ads"
    mode    = "offline"
    owner   = "paid"
    content = "hard"

    {"["}[touchpoint]]
    id      = "ev-guide-blog"
    name    = "Bloggartikkel: «Passer en elbil for deg?»"
    channel = "blog"
    content = "soft"
    {"["}touchpoint.scores]
    presence = 2
    relevance = 3
    consistency = 2
    experience = 2
    ```
rule-missing-top-funnel-content-fix =
    Finn spørsmålene kundene stiller før de tenker på å kjøpe (intervjuene og søkedata viser dem), og svar på dem med mykt innhold i den første fasen: en guide, en kalkulator, en sammenligning, en historie. Finnes det myke innholdet, men ligger under grensen for bestått, kan du forbedre det der det svikter (oppdater utdaterte fakta, gjør det lett å finne, lenk videre til neste steg) og gi det ny score. Merk slike kontaktpunkter med `content = "soft"` og gi dem score, slik at gjennomgangen ser dem.
rule-missing-decision-content-what =
    Slår ut én gang for hele kundereisen når ingen fase med `funnel = "bottom"` har et kontaktpunkt med `content = "hard"`. Scoren spiller ingen rolle: et hardt kontaktpunkt teller uansett score (et svakt er et funn for `low-score-touchpoint`). Hardt innhold i en `top`-, `middle`- eller `post`-fase teller ikke. Som alle regler for hele kundereisen leses den bokstavelig: en modell uten `bottom`-fase har heller ikke noe hardt innhold der, så regelen slår ut.
rule-missing-decision-content-why =
    Sent i kundereisen skifter kundens spørsmål fra «hva passer for meg?» til «hva koster det, på hvilke vilkår, og hvordan får jeg det?». Hardt innhold (tilbud, priser, finansieringsvilkår, pristilbud, en knapp for bestilling eller booking) svarer på dem og gjør hensikt til kjøp. En kundereise som fortsetter å informere og inspirere, men aldri legger fram tilbudet, overlater kjøpsklare kunder til å finne det et annet sted, ofte hos en konkurrent som ber om ordren.
rule-missing-decision-content-example =
    En gjennomgang med sju faser der kontaktpunktene i beslutning og kjøp bare informerer:

    ```toml
    # content/scorecards/decision.toml
    {"["}[touchpoint]]
    id      = "buying-guide"
    name    = "Kjøpsguide: bensin, hybrid eller elektrisk"
    channel = "website"
    content = "soft"

    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "delivery-info"
    name    = "Side med leveringsinformasjon"
    channel = "website"
    content = "none"
    ```
rule-missing-decision-content-fix =
    Legg til det harde innholdet kunden trenger for å bestemme seg og handle, i beslutnings- eller kjøpsfasen: en prisliste eller konfigurator, et konkret tilbud, finansierings- eller leasingvilkår, et pristilbud, booking av prøvekjøring eller bestilling. Merk de kontaktpunktene med `content = "hard"`. Har modellen ingen `bottom`-fase, gir du den en (`[[journey.stages]]` med `funnel = "bottom"`), for enhver kundereise ender i en beslutning.
rule-single-channel-stage-what =
    Slår ut én gang for hver fase med to eller flere kontaktpunkter når alle har samme `channel` (sammenlignet uten hensyn til store og små bokstaver eller mellomrom rundt). En fase med ett kontaktpunkt sjekkes ikke her (det er `thin-stage` sin oppgave), og heller ikke en tom fase. Bare kanalen teller: to `email`-kontaktpunkter med ulike eiere, innhold eller former deler likevel én kanal.
rule-single-channel-stage-why =
    Ikke alle kunder er i den samme kanalen: noen leser e-post, noen bruker appen, noen ringer, noen går inn i butikken. En fase som betjenes av én kanal, når bare dem som bruker den, og når kanalen svikter (en e-post havner i søppelposten, appen er ikke installert), svikter hele fasen med den. En omnikanal-kundereise lar kunden fortsette der det passer, digitalt og fysisk.
rule-single-channel-stage-example =
    En lojalitetsfase der hvert kontaktpunkt er en e-post:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "service-reminder-email"
    name    = "Servicepåminnelse på e-post"
    channel = "email"

    {"["}[touchpoint]]
    id      = "owners-email"
    name    = "Kvartalsvis e-post til bileiere"
    channel = "email"
    content = "soft"
    ```
rule-single-channel-stage-fix =
    Spør hvordan kundene i fasen helst vil bli møtt, og legg til et kontaktpunkt i en annen kanal: en påminnelse i appen eller på sms ved siden av e-posten, en telefon fra verkstedet, et eierarrangement i butikken. Få kanalene til å spille sammen (samme budskap og en lenke mellom dem) i stedet for å gjenta hverandre.
rule-online-only-journey-what =
    Slår ut én gang for hele kundereisen når ingen kontaktpunkter i noen fase er fysiske: hvert kontaktpunkts `mode` er `online`, enten satt uttrykkelig eller hentet fra kanalen (`store`, `event`, `trade-show`, `print`, `brochure`, `outdoor`, `packaging`, `phone`, `sales`, `employees`, `word-of-mouth` og `service-center` er fysiske som standard; en uttrykkelig `mode` går foran). Ett enkelt fysisk kontaktpunkt et sted gjør regelen taus. Den leses bokstavelig: en kundereise uten kontaktpunkter har ikke noe fysisk kontaktpunkt og slår ut.
rule-online-only-journey-why =
    Selv merkevarer som selger på nett, møter kundene sine fysisk: en anbefaling rundt middagsbordet, en telefon til kundeservice, emballasjen på dørmatta, en radioreklame, en medarbeider på en messe. Slike øyeblikk veier ofte tyngre i kundens opplevelse enn noen nettside. Et kart med bare digitale kontaktpunkter betyr som regel at gjennomgangen bare har sett på det webanalysen ser, og at den fysiske delen av kundereisen (der kunder kan gå tapt eller bli vunnet) verken måles eller styres. Regelen er `info` fordi noen virksomheter virkelig bare finnes på nett; aksepter den i så fall med en `[[waiver]]`.
rule-online-only-journey-example =
    En kundereise der alle kontaktpunktene ligger på nettet:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Betalt søk"
    channel = "search"
    owner   = "paid"

    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "support-chat"
    name    = "Kundechat"
    channel = "chat"
    ```

    og så videre for hver fase, uten `store`, `phone`, `event` eller en annen fysisk kanal og uten `mode = "offline"`.
rule-online-only-journey-fix =
    Spør kundene i intervjuene og medarbeiderne i frontlinjen i en workshop hvor kundene møter merkevaren borte fra skjermen: telefonsamtaler, butikken eller utstillingslokalet, arrangementer, levering og emballasje, trykksaker, jungeltelegrafen. Legg til de kontaktpunktene (med `mode = "offline"` der kanalen ikke finnes i vokabularet) og gi dem score. Har virksomheten virkelig ingen fysisk kontakt, aksepterer du funnet med en `[[waiver]]` som sier det.
rule-missing-third-party-presence-what =
    Slår ut én gang for hele kundereisen når ingen fase med `funnel = "top"` eller `funnel = "middle"` har et kontaktpunkt med `owner = "earned"` eller `owner = "third-party"`. Ett slikt kontaktpunkt i en fase i toppen eller midten er nok; scoren spiller ingen rolle. Fortjente kontaktpunkter og kontaktpunkter hos tredjepart i `bottom`- eller `post`-faser teller ikke. Som alle regler for hele kundereisen leses den bokstavelig: en modell uten `top`- og `middle`-fase slår ut.
rule-missing-third-party-presence-why =
    Mye av kundereisen skjer før kunden møter merkevarens egne kanaler: kunden spør venner, leser anmeldelser, sammenligner på markedsplasser og portaler, leser pressen og partneres sider. De fortjente kontaktpunktene og de hos tredjepart er der en merkevare blir oppdaget og får tillit, og de veier tyngre enn merkevarens egen stemme fordi det er andre som snakker. En gjennomgang som tidlig i kundereisen bare kartlegger eide og betalte kontaktpunkter, har enten utelatt dem (et hull i kartet), eller så er merkevaren fraværende der (et hull i kundereisen); begge deler krever oppmerksomhet.
rule-missing-third-party-presence-example =
    Fasene kjennskap og vurdering med bare merkevarens egne og betalte kontaktpunkter:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Betalt søk på modellnavn"
    channel = "search"
    owner   = "paid"

    # content/scorecards/consideration.toml
    {"["}[touchpoint]]
    id      = "model-pages"
    name    = "Modellsider med spesifikasjoner"
    channel = "website"
    owner   = "owned"
    ```
rule-missing-third-party-presence-fix =
    Spør kundene i intervjuene hvor de lette før de tok kontakt med merkevaren, og legg til de kontaktpunktene: anmeldelser, jungeltelegrafen, presse, forum, markedsplasser og portaler, forhandlere og partnere. Merk dem med `owner = "earned"` (andre snakker om merkevaren) eller `owner = "third-party"` (merkevaren vises i en annens kanal), gi dem score, og planlegg hvordan dere jobber med dem: svar på anmeldelser, be fornøyde kunder om å anbefale dere, hold oppføringer og partnersider oppdatert.
rule-missing-post-purchase-engagement-what =
    Slår ut én gang for hele kundereisen når ingen av fasene med `funnel = "post"` har et kontaktpunkt med `owner = "owned"` (standardeieren). Ett eid kontaktpunkt i en fase etter kjøpet er nok; scoren spiller ingen rolle. Eide kontaktpunkter i tidligere faser teller ikke. Som alle regler for hele kundereisen leses den bokstavelig: en modell uten `post`-fase (en egen modell som slutter ved kjøpet) slår ut.
rule-missing-post-purchase-engagement-why =
    Kundereisen slutter ikke ved kjøpet: kunden bruker produktet, trenger service og bestemmer seg for om hen vil kjøpe igjen og anbefale merkevaren. Det koster langt mindre å beholde en kunde enn å vinne en ny, og en fornøyd kundes anbefaling er det fortjente kontaktpunktet som starter neste kundes reise. Fortjente kontaktpunkter og kontaktpunkter hos tredjepart etter kjøpet (anmeldelser, en partners service) skjer enten merkevaren handler eller ikke; uten et eid kontaktpunkt (onboarding, servicepåminnelser, et nyhetsbrev til eiere, en app, et lojalitetsprogram, en oppfordring til å skrive en anmeldelse) er det ingenting fra merkevaren selv som får kunden tilbake for gjenkjøp og lojalitet.
rule-missing-post-purchase-engagement-example =
    Fasene opplevelse og lojalitet med bare andres kontaktpunkter:

    ```toml
    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "home-charger-partner"
    name    = "Installasjon av hjemmelader hos en partner"
    channel = "phone"
    owner   = "third-party"

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "owner-forum"
    name    = "Eierforum på et sosialt nettverk"
    channel = "social"
    owner   = "earned"
    ```
rule-missing-post-purchase-engagement-fix =
    Planlegg fase for fase hva merkevaren selv gjør etter salget: velkomst og onboarding ved overleveringen, en oppfølgingssamtale de første ukene, servicepåminnelser, et nyhetsbrev eller en app for eiere, et tilbud når avtalen eller produktets levetid nærmer seg slutten, og en oppfordring til å anmelde eller anbefale. Før dem opp i scorekortene for fasene etter kjøpet (`owner = "owned"` er standard). Slutter modellen ved kjøpet, legger du til faser etter kjøpet.
rule-low-score-touchpoint-what =
    Slår ut én gang for hvert kontaktpunkt der scoren ligger strengt under grensen for bestått (`pass / scale * 100`, fra `[scoring]`). Scoren er det vektede snittet av kontaktpunktets vurderte dimensjoner og sammenlignes uavrundet: et kontaktpunkt nøyaktig på grensen består (3,0 av 5 med `pass = 3.0`), mens 2,99 av 5 ikke består, selv om det vises som 59,8. Et kontaktpunkt uten vurderte dimensjoner sjekkes ikke her (det er et funn for `unscored-touchpoint`). Meldingen gir scoren avrundet til én desimal, grensen for bestått og den svakeste dimensjonen (den med lavest score, med mindre alle har samme).
rule-low-score-touchpoint-why =
    Et kontaktpunkt som finnes, men fungerer dårlig, er et øyeblikk der kunden møter merkevaren og går derfra mindre overbevist enn da hen kom: innholdet bommer på kundens spørsmål, opplevelsen frustrerer, eller budskapet motsier resten av kundereisen. Svake kontaktpunkter er ofte billigere å rette opp enn nye er å bygge, og scoren viser hvor man skal begynne.
rule-low-score-touchpoint-example =
    Med standardskalaen 5 og `pass = 3.0` (60 %) får dette kontaktpunktet (4 + 1 + 2 + 2) / 4 = 2,25 av 5, altså 45 %:

    ```toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Lokal radioreklame: helgens priskampanje"
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
    Begynn med den laveste dimensjonen: lav relevans betyr at innholdet bommer på kundens spørsmål i fasen (se intervjuene og smertepunktene), lav konsistens at det motsier resten av kundereisen, lav opplevelse at det er vanskelig eller ubehagelig å bruke, lav tilstedeværelse at kundene ikke finner det. Skriv det som skal endres, som `opportunities`, gjennomfør endringen, og gi kontaktpunktet ny score i neste syklus. Tjener kontaktpunktet ikke lenger kundereisen, fjerner du det i stedet.
rule-weak-stage-what =
    Slår ut én gang for hver fase som har minst ett kontaktpunkt, og der fasens score (snittet av de vurderte kontaktpunktene i prosent av skalaen) ligger strengt under grensen for bestått, `pass / scale * 100`. En fase nøyaktig på grensen består; sammenligningen bruker den uavrundede scoren.

    To slags faser overlates til andre regler: en tom fase (uten kontaktpunkter) er et funn for `empty-stage`, og en fase der ingen kontaktpunkter er vurdert, har ingen score å bedømme, så denne regelen er taus, og `unscored-touchpoint` nevner scorene som mangler. Kontaktpunkter uten score i en delvis vurdert fase holdes utenfor snittet, slik som i selve fasens score.
rule-weak-stage-why =
    En fase er der kunden stiller én type spørsmål: er dette noe for meg, hvilken skal jeg velge, hvor kjøper jeg, hjelper de meg etterpå? Når kontaktpunktene i en fase i snitt får lav score, er kundens opplevelse av hele det steget svak, uansett kanal, og et svakt steg tidlig i trakten mister kundene før de sterkere fasene når fram til dem. Fasens score er tallet kunden følger fra den ene optimaliseringssyklusen til den neste.
rule-weak-stage-example =
    Med standardskalaen 5 og `pass = 3.0` (60 %) en kjennskapsfase der de to kontaktpunktene i snitt får 50 %:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id = "radio-spot"
    name = "Lokal radioreklame"
    channel = "ads"
    mode = "offline"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 1
    consistency = 2
    experience = 2

    {"["}[touchpoint]]
    id = "search-ads"
    name = "Betalt søk"
    channel = "search"
    {"["}touchpoint.scores]
    presence = 3
    relevance = 2
    consistency = 3
    experience = 3
    ```
rule-weak-stage-fix =
    Begynn med fasens kontaktpunkter under grensen for bestått (`low-score-touchpoint` lister dem) og den laveste dimensjonen deres: mulighetene som er skrevet på dem, er de første tiltakene. Mangler fasen helt riktig type kontaktpunkt (for eksempel mykt innhold i toppen av trakten), løfter et sterkt nytt kontaktpunkt også fasen. Gi ny score etter endringene i neste syklus.
rule-unaddressed-pain-point-what =
    Slår ut én gang for hvert kontaktpunkt som har minst én oppføring i `pain_points`, eller en `emotion` på -1 eller lavere, og der listen `opportunities` er tom (eller mangler). En følelse på 0 eller høyere uten smertepunkter er i orden uten muligheter; én mulighet er nok til å gjøre regelen taus, uansett hvor mange smertepunkter det er.
rule-unaddressed-pain-point-why =
    Smertepunktene er det intervjuene med kundene og workshopen med medarbeiderne fikk fram: stedene der kundereisen gjør vondt. Et smertepunkt uten en mulighet ved siden av er et problem gjennomgangen så og lot stå ubesvart, så det blir aldri et tiltak kunden kan gjennomføre i neste optimaliseringssyklus. En negativ følelse uten notater er det samme hullet ett steg tidligere: kundene kjenner det, men ingen har skrevet ned hvorfor eller hva som skal gjøres.
rule-unaddressed-pain-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "website-chat"
    name = "Chat på nettsiden (bot utenom åpningstid)"
    channel = "chat"
    emotion = -1
    pain_points = ["Boten kan ikke svare på spørsmål om leasing"]
    # ingen opportunities
    ```
rule-unaddressed-pain-point-fix =
    Skriv minst én mulighet for hvert smertepunkt: en konkret endring av kontaktpunktets innhold, data, kanal eller teknologi som ville fjerne det («Send leasingspørsmål som kommer utenom åpningstid, til en medarbeider neste morgen, med et lovet tidspunkt»). Der bare følelsen er negativ, går du tilbake til intervjunotatene, skriver smertepunktet bak den og deretter muligheten.
rule-missing-kpi-what =
    Slår ut én gang for hvert kontaktpunkt uten `[[touchpoint.kpi]]`. Én KPI er nok, med eller uten `target`; en KPI uten mål oppfyller denne regelen, men kan aldri bedømmes av `kpi-below-target`, så gi den et.
rule-missing-kpi-why =
    En kundereise optimaliseres i sykluser: endre kontaktpunktene, mål, juster. Et kontaktpunkt uten KPI er et sted der ingen i neste syklus vet om endringen virket. Å velge KPI tvinger også fram spørsmålet om hvilke data kontaktpunktet gir og hvor de samles inn, den delen av kundereisens data som er lettest å glemme for fysiske kontaktpunkter og kontaktpunkter hos tredjepart.
rule-missing-kpi-example =
    ```toml
    {"["}[touchpoint]]
    id = "motoring-podcast"
    name = "Sponset innslag i en motorpodkast"
    channel = "podcast"
    mode = "online"
    owner = "paid"
    # ingen [[touchpoint.kpi]]
    ```
rule-missing-kpi-fix =
    Legg til minst én `[[touchpoint.kpi]]` med `name`, nåværende `value` og et `target` (`higher_is_better = false` for kostnader, ventetider og lignende). Velg et tall kunden kan måle igjen i neste syklus: besøk fra en sporbar lenke, svarprosent, bookinger, NPS. Der det ennå ikke finnes data, er det første tiltaket å gjøre det målbart (en kode, en lenke, et spørsmål i kassen).
rule-kpi-below-target-what =
    Sjekker hver `[[touchpoint.kpi]]` som har et `target`. Med `higher_is_better = true` (standard) bommer en KPI når `value` ligger under målet; med `higher_is_better = false` (kostnader, ventetider) når den ligger over. En verdi lik målet når det, og en KPI uten mål kan ikke bomme.

    Slår ut én gang per kontaktpunkt og nevner hver KPI for kontaktpunktet som bommer, med verdi, mål og enhet.
rule-kpi-below-target-why =
    KPI-ene er måten kunden følger kundereisen på fra den ene optimaliseringssyklusen til den neste. Et mål som ikke nås, er et målt belegg, ikke en mening fra gjennomgangen, for at et kontaktpunkt ikke gjør jobben sin: leadet som aldri kommer, telefonen ingen tar, kunden som ikke fornyer. Sammen med scorene og smertepunktene viser det hvor neste syklus' innsats lønner seg.
rule-kpi-below-target-example =
    ```toml
    {"["}[touchpoint.kpi]]
    name = "Besvarte anrop"
    value = 78
    target = 90
    unit = "%"

    {"["}[touchpoint.kpi]]
    name = "Gjennomsnittlig ventetid før svar"
    value = 95
    target = 60
    unit = "sekunder"
    higher_is_better = false
    ```

    Begge KPI-ene bommer: 78 % er under 90 %, og 95 sekunder er over de tillatte 60.
rule-kpi-below-target-fix =
    Finn årsaken i kontaktpunktets smertepunkter (eller intervju kundene bak tallet), og skriv en mulighet som flytter KPI-en; sjekk KPI-en igjen i neste syklus. Var selve målet urealistisk, avtaler du et nytt med kunden og noterer hvorfor, i stedet for å la et mål ingen tror på, bli stående.
rule-unscored-touchpoint-what =
    Slår ut én gang for hvert kontaktpunkt der tabellen `[touchpoint.scores]` mangler én eller flere av dimensjonene i `[scoring] dimensions` (som standard tilstedeværelse, relevans, konsistens og opplevelse), og nevner dem som mangler. Et kontaktpunkt med noen vurderte dimensjoner får likevel en score ut fra dem; et uten noen er ikke vurdert og holdes utenfor fasens score.
rule-unscored-touchpoint-why =
    Scorene gjør fasene sammenlignbare, og det er mot dem neste optimaliseringssyklus måles. En manglende dimensjon faller stille ut av snittet, så kontaktpunktets score hviler på et tynnere grunnlag enn naboenes og kan se bedre (eller verre) ut enn den er; et kontaktpunkt helt uten score teller ikke i sin fase. Noen ganger er det bevisst, for eksempel for en side som ble relansert under gjennomgangen, og da er funnet påminnelsen om å komme tilbake til den.
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
    Gi score på dimensjonene som mangler, ut fra gjennomgangens grunnlag (mystery shopping, webanalyse, intervjuer). Kan en dimensjon ikke bedømmes ennå, lar du den stå åpen og aksepterer funnet med en `[[waiver]]` der begrunnelsen sier når den skal vurderes.
rule-missing-personas-what =
    Slår ut én gang for hele kundereisen når `content/personas/` ikke inneholder noen personafil. Én persona er nok til å gjøre regelen taus.
rule-missing-personas-why =
    Et kundereisekart er noens reise: de typiske kundene intervjuene avdekket, som regel to eller tre personas med egne mål, spørsmål og frustrasjoner. Uten dem vurderes hvert kontaktpunkt opp mot en gjennomsnittskunde som ikke finnes, og Trailmark kan ikke se om en fase lar én type kunde stå uten kontaktpunkt (`persona-gap` trenger personas for å virke).
rule-missing-personas-example =
    En mappe for gjennomgangen med scorekort og innsiktsnotater, men uten mappen `content/personas/`, eller med en tom.
rule-missing-personas-fix =
    Beskriv ut fra intervjuene med kundene (8–10 er et godt antall) de to eller tre typiske kundene i `content/personas/<id>.md`, med `name`, `segment`, `share`, `goals` og `frustrations` i front matter:

    ```markdown
    +++
    name = "Mette"
    segment = "Privatkunde som bytter familiebil"
    share = 55
    goals = ["Vite hele månedskostnaden før besøket i bilforretningen"]
    frustrations = ["Leasingtilbud skjuler startleien"]
    +++

    Mette, 41, bytter familiebil innen et halvt år …
    ```

    Før deretter opp på hvert kontaktpunkt hvilke `personas` det er ment for (ingen liste betyr alle).
rule-persona-gap-what =
    Slår for hver persona og hver fase med minst ett kontaktpunkt ut når ingen kontaktpunkter i fasen betjener personaen: ett funn per persona og fase, som nevner personaen. Et kontaktpunkt betjener personaene som står i `personas`; et kontaktpunkt uten den nøkkelen betjener alle personas, så ett slikt i en fase gjør regelen taus der. En tom fase er et funn for `empty-stage`, ikke for denne regelen, og uten personas har regelen ingenting å sjekke (da slår `missing-personas` ut i stedet).
rule-persona-gap-why =
    Personaene går gjennom de samme fasene med ulike spørsmål, i ulike kanaler. Når alle kontaktpunktene i en fase er rettet mot andre personas, møter den kunden ingenting fra merkevaren i det steget: den unge kjøperen av en bruktbil som aldri får en servicepåminnelse, flåteeieren uten en side for bedriftskunder. Slike hull gjemmer seg i en fase som i snitt ser godt dekket ut, og det er der et segment glir over til en konkurrent.
rule-persona-gap-example =
    Med personaene `mette`, `henrik` og `freja` et scorekort for lojalitet der alle kontaktpunktene nevner andre personas:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "service-reminder-email"
    name = "Servicepåminnelser på e-post"
    channel = "email"
    personas = ["mette", "henrik"]
    ```

    gir funnet `persona-gap@loyalty~freja`.
rule-persona-gap-fix =
    Spør hva personaen trenger i fasen og gjennom hvilken kanal hen kan nås, og utvid så et eksisterende kontaktpunkt til personaen (legg personaen til i listen `personas` når kontaktpunktet virkelig betjener hen) eller legg til et eget kontaktpunkt. Går personaen virkelig aldri gjennom fasen, aksepterer du funnet med en `[[waiver]]` som nevner `stage` og `persona`, med begrunnelse.
rule-too-few-interviews-what =
    Legger sammen `participants` for innsiktsnotatene i `content/research/` der `method` er `interview` (standardmetoden; `participants` er 1 som standard), og slår ut én gang for hele kundereisen når summen er under `min_interviews` i `[thresholds]` (standard 8). Nøyaktig `min_interviews` består. Workshoper, spørreundersøkelser og dataanalyser teller ikke, uansett hvor mange som deltok: de er verdifulle, men de er ikke kunden som selv forteller om reisen sin.
rule-too-few-interviews-why =
    Kundereisekartet er bare så sant som kundene bak det. Workshoper med medarbeiderne og webanalyse viser det virksomheten ser; intervjuer med 8–10 ekte kunder, som hver beskriver hva de gjorde før, under og etter kjøpet, får fram spørsmålene, kanalene og kildene hos tredjepart som virksomheten aldri ser, og de er grunnlaget personaene står på. Med færre kan én uvanlig kunde prege en hel fase.
rule-too-few-interviews-example =
    Med standardverdien `min_interviews = 8` to intervjunotater:

    ```toml
    # front matter i content/research/interviews-private-buyers.md
    method = "interview"
    participants = 4

    # front matter i content/research/interview-fleet-customer.md
    method = "interview"
    participants = 1
    ```

    gir til sammen 5 intervjuede kunder, 3 færre enn 8.
rule-too-few-interviews-fix =
    Intervju flere kunder, fordelt på personaene og fasene, og skriv hver runde opp som et innsiktsnotat med `method = "interview"` og antallet `participants`. Strekker ikke budsjettet til i denne syklusen, aksepterer du funnet med en `[[waiver]]` som sier hvorfor, og med `until` syklusen da intervjuene er planlagt.
rule-score-regression-what =
    Sammenligner denne syklusens score med rapporten fra forrige syklus (øyeblikksbildet i `history/`), slik begge rapportene publiserer dem (avrundet til én desimal). Slår ut én gang for hvert kontaktpunkt der scoren er lavere enn i forrige syklus: et fall av enhver størrelse teller, en uendret score gjør det ikke. Et kontaktpunkt kjennes igjen på sin id, eller på sin `previous_id` når det har fått nytt navn; et som er nytt i denne syklusen, har forsvunnet siden sist eller mangler score i en av syklusene, holdes utenfor.

    Slår ut én gang for hver fase der scoren på de samme kontaktpunktene har falt: snittet, nå og da, av kontaktpunktene fasen har i begge syklusene, med score i begge. Et kontaktpunkt som er lagt til i fasen, fjernet fra den eller flyttet inn eller ut, er et endret omfang, ikke en tilbakegang (det sier `scope-change`), så et nylig kartlagt kontaktpunkt med lav score får ikke en fase som har blitt bedre, til å se verre ut.

    Uten et øyeblikksbilde av forrige syklus i `history/` er det ingenting å sammenligne med, og regelen kan ikke slå ut: en kundes første gjennomgang har aldri dette funnet.
rule-score-regression-why =
    En kundereise forbedres i optimaliseringssykluser, og hver syklus bør etterlate den bedre enn den forrige. En score som faller, er tapt terreng: en kampanje erstattet en nyttig side, et team sluttet å svare på anmeldelser, en partners service ble dårligere. Slike tilbakeslag er lette å overse i en rapport som bare viser situasjonen nå, og de er billigst å snu mens årsaken ennå er fersk.
rule-score-regression-example =
    Forrige syklus' `history/2026-Q3.json` inneholder

    ```json
    {"{"}"touchpoints": [{"{"}"id": "search-ads", "stage": "awareness", "score": 70.0{"}"}]{"}"}
    ```

    og denne syklusens scorekort gir det samme kontaktpunktet lavere score:

    ```toml
    {"["}[touchpoint]]
    id = "search-ads"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 3
    consistency = 3
    experience = 3   # 65,0 mot 70,0
    ```
rule-score-regression-fix =
    Sammenlign kontaktpunktets score, notater, smertepunkter og KPI-er med forrige syklus' for å finne dimensjonen som falt og hvorfor, og skriv så en mulighet som vinner den tilbake. Gjenspeiler fallet en strengere og mer rettferdig vurdering snarere enn en dårligere kundereise, skriver du det i fasens notat og aksepterer funnet med en `[[waiver]]` med `until` neste syklus.
rule-emotional-low-point-what =
    Slår ut én gang for hvert kontaktpunkt der `emotion`, for en persona, ligger på eller under `low_emotion` i `[thresholds]` (standard -2), uansett hvilken score kontaktpunktet får. Med en tabell over følelser (`emotion = {"{"} mette = -2, henrik = 0 {"}"}`) teller hver personas verdi; med ett tall gjelder følelsen alle personaene kontaktpunktet betjener. Meldingen nevner hver persona på eller under grensen og kontaktpunktets smertepunkter. Funnets område er området til det første av kontaktpunktets smertepunkter som nevner et (`area = "technology"`), ellers kontaktpunkter.
rule-emotional-low-point-why =
    Scoren måler hvor godt et kontaktpunkt er bygget; følelsen måler hva kunden gikk gjennom. En selger som ringer tre ganger i uka, kan bestå på tilstedeværelse og konsistens mens kunden bestemmer seg for aldri å komme tilbake. Kunder husker det verste øyeblikket på en reise bedre enn snittet, så lavpunktene fortjener oppmerksomhet uansett hva scoren sier.
rule-emotional-low-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "sales-callback"
    name = "Oppringing fra selgeren"
    channel = "phone"
    emotion = {"{"} mette = -2, henrik = 0 {"}"}
    pain_points = ["Selgeren ringer tre ganger i uka"]
    ```

    slår ut for Mette, selv om kontaktpunktet får score 60.
rule-emotional-low-point-fix =
    Finn ut sammen med kundene hva som gjør øyeblikket så dårlig (smertepunktene), og skriv en mulighet som fjerner det, med effekt og innsats. Når lavpunktet er rettet opp, registrerer du den nye følelsen fra neste intervjurunde.
rule-missing-emotion-data-what =
    Teller kontaktpunktene som har en `emotion` (et tall, eller en tabell med minst én persona; 0 teller) og slår ut én gang for hele kundereisen når de er færre enn `min_emotion_coverage` prosent (standard 50) av alle kontaktpunktene, regnet nøyaktig: 6 av 12 er 50 % og består, 6 av 13 gjør det ikke. Taus når gjennomgangen ikke har noen kontaktpunkter.
rule-missing-emotion-data-why =
    Følelseskurven og de emosjonelle lavpunktene bygger på følelsene intervjuene har registrert. Når bare noen få kontaktpunkter har en, viser kurven hvor rådgiveren tilfeldigvis spurte, og et snitt av to verdier kommer til å stå for stemningen i en hel fase.
rule-missing-emotion-data-example =
    Tretten kontaktpunkter, tre av dem med `emotion`: 23 % er under 50 %.
rule-missing-emotion-data-fix =
    Spør de intervjuede kundene hvordan hvert kontaktpunkt føltes, og registrer det, per persona der de er ulike (`emotion = {"{"} mette = -1, henrik = 1 {"}"}`). Senk `min_emotion_coverage` hvis gjennomgangen bevisst bare kartlegger følelser der de betyr noe.
rule-thin-persona-evidence-what =
    Legger for hver persona sammen `participants` for innsiktsnotatene med `method = "interview"` (standard) der front matter nevner personaen med `persona = "<id>"`, og slår ut én gang per persona når summen er under `min_interviews_per_persona` i `[thresholds]` (standard 2). Nøyaktig minimum består. Intervjuer som ikke nevner noen persona, teller bare i `too-few-interviews`.
rule-thin-persona-evidence-why =
    `too-few-interviews` sjekker totalen, så åtte intervjuer med privatkunder består mens personaen for flåtekunder hviler på én enkelt samtale. Hver persona trenger sitt eget grunnlag: målene og frustrasjonene kartet viser for personaen, må komme fra mer enn én kunde.
rule-thin-persona-evidence-example =
    ```toml
    # front matter i content/research/interview-fleet-customer.md
    method = "interview"
    persona = "henrik"
    participants = 1
    ```

    er det eneste intervjuet som nevner `henrik`: 1 er under 2.
rule-thin-persona-evidence-fix =
    Intervju flere kunder fra personaen, og nevn den i innsiktsnotatets nøkkel `persona`. Dekker ett notat flere personas, deler du det opp per persona, slik at hver får sin andel av deltakerne.
rule-untargeted-persona-what =
    Slår i hver `top`- eller `middle`-fase ut for hver persona som ingen kontaktpunkter i fasen nevner i listen `personas`, men som minst ett kontaktpunkt i fasen uten liste betjener, forutsatt at minst ett kontaktpunkt et sted i gjennomgangen nevner personas (ellers er ingenting målrettet, og regelen har ingenting å sammenligne). Ett funn per persona og fase. Der ingenting i fasen betjener personaen, slår `persona-gap` ut i stedet.
rule-untargeted-persona-why =
    Et kontaktpunkt uten `personas` regnes som at det betjener alle, så `persona-gap` kan ikke se at ingenting er rettet mot et segment. Når gjennomgangen retter seg mot privatkundene med egne kontaktpunkter og bedriftskundene bare møter den generelle nettsiden, er bedriftskundene betjent på papiret, men ikke i praksis, akkurat når de sammenligner leverandører.
rule-untargeted-persona-example =
    Med personaene `mette` og `henrik` et scorekort for vurdering:

    ```toml
    {"["}[touchpoint]]
    id = "model-pages"
    channel = "website"            # ingen personas: betjener alle

    {"["}[touchpoint]]
    id = "test-drive-booking"
    channel = "website"
    personas = ["mette"]
    ```

    gir funnet `untargeted-persona@consideration~henrik`.
rule-untargeted-persona-fix =
    Spør hva personaen trenger for å bestemme seg i fasen, og rett et kontaktpunkt mot det: utvid et (og legg personaen til i listen `personas`) eller legg til et eget. Er et generelt kontaktpunkt virkelig laget for personaen, nevner du personaen i listen.
rule-no-owned-soft-content-what =
    Slår ut én gang for hele kundereisen når ingen kontaktpunkter, uansett score eller fase, er `owner = "owned"` (standard) med `content = "soft"`. En fortjent anmeldelse eller en betalt annonsørinnhold-artikkel teller ikke: det er ikke merkevarens egen stemme. En kundereise uten kontaktpunkter slår også ut.
rule-no-owned-soft-content-why =
    Mykt innhold (guider, kalkulatorer, sammenligninger, svar på spørsmålene kundene stiller) er måten en merkevare hjelper på før den selger. `missing-top-funnel-content` ser bare på den første fasen; denne regelen fanger kundereisen der merkevaren ikke publiserer noe eget som informerer, noe sted, og overlater den rollen til andre.
rule-no-owned-soft-content-example =
    Hvert kontaktpunkt er betalt, fortjent eller hardt: søkeannonser, en anmeldelsesside, prislister og bilforretningen.
rule-no-owned-soft-content-fix =
    Publiser en egen guide, kalkulator eller sammenligning der kundene stiller spørsmålene sine (ofte nettsiden eller et nyhetsbrev), og kartlegg den som et kontaktpunkt med `content = "soft"`.
rule-stale-touchpoint-what =
    Slår ut for hvert kontaktpunkt der datoen i `reviewed` ligger mer enn `max_review_age_days` i `[thresholds]` (standard 365) dager før gjennomgangens `date` i site.toml. Nøyaktig så mange dager er ikke utdatert. Taus når gjennomgangen ikke har noen `date`, når kontaktpunktet ikke har noen dato i `reviewed`, eller når det ble gjennomgått etter gjennomgangens dato.
rule-stale-touchpoint-why =
    Nettsider blir relansert, telefonlinjer lagt om og kampanjer byttet ut. En score fra en gammel gjennomgang ser like aktuell ut som resten av rapporten, og kunden handler ut fra et kontaktpunkt som ikke lenger ser slik ut.
rule-stale-touchpoint-example =
    ```toml
    # site.toml
    date = 2026-11-06

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "owners-club"
    reviewed = 2025-09-30
    ```

    ble gjennomgått 402 dager før gjennomgangen.
rule-stale-touchpoint-fix =
    Gå gjennom kontaktpunktet på nytt (mystery shopping, en runde gjennom nettsiden, de aktuelle KPI-ene), oppdater scorene og sett `reviewed` til dagen du gjorde det.
rule-scope-change-what =
    Sammenligner kontaktpunktene i hver fase med øyeblikksbildet av forrige syklus i `history/`, etter id, og slår ut én gang for hver fase som har fått eller mistet kontaktpunkter: lagt til i kundereisen, fjernet fra den eller flyttet mellom faser (et flyttet kontaktpunkt teller i begge fasene, den det forlot, og den det kom til). Meldingen nevner dem. Et endret navn er ingen endring, og heller ikke en id som er endret med `previous_id`: kontaktpunktet er det samme.

    Uten et øyeblikksbilde av forrige syklus er det ingenting å sammenligne med, og regelen kan ikke slå ut.
rule-scope-change-why =
    En fases score er snittet av kontaktpunktene. Når et kontaktpunkt kartlegges for første gang, fjernes eller flyttes, flytter fasens score seg med, selv om kundens opplevelse kanskje ikke har endret seg i det hele tatt: et nylig kartlagt kontaktpunkt med score 44 kan få en fase som har blitt bedre, til å se ut som et fall. Når det endrede omfanget vises for seg, tar ikke leseren en endret score for en endret kundereise; rapportens side om utviklingen siden forrige syklus og `score-regression` sammenligner slike faser på de samme kontaktpunktene.
rule-scope-change-example =
    Øyeblikksbildet av forrige syklus har `radio-spot` og `search-ads` i fasen kjennskap; denne syklusens scorekort legger til et kontaktpunkt:

    ```toml
    {"["}[touchpoint]]
    id      = "ev-guide-video"
    name    = "Videoguide: hverdagen med elbil"
    channel = "video"
    ```
rule-scope-change-fix =
    Ingenting trenger å rettes når endringen er tilsiktet: funnet er informasjon til leseren. Skriv i fasens notat hvorfor kontaktpunktene endret seg. Har et kontaktpunkt bare fått nytt navn, gir du det `previous_id = "<gammel id>"`, slik at det beholder historikken sin.

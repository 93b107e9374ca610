## Trailmark's words in sv.

## How numbers, quotes, dates and lists are written.

decimal-sign = ,
percent = { $number }{"\u00A0"}%
quoted = ”{ $text }”
date-format = { $day } { $month } { $year }
list-and = { $init } och { $last }

## Page furniture, scores and tables.

skip_to_content = Hoppa till innehållet
main_navigation = Huvudnavigering
nav_overview = Översikt
change_since = { $delta } poäng sedan { $cycle }
nav_stages = Kundresans faser
nav_findings = Fynd
nav_recommendations = Rekommendationer
nav_coverage = Täckning
nav_personas = Personas
nav_research = Undersökningar
nav_touchpoints = Kontaktpunkter
contents = Innehåll
data_files = Ladda ner data
nav_rules = Regler
made_with = Skapad med Trailmark
customer_journey_audit = Granskning av kundresan
client = Kund
cycle = Cykel
journey_score = Kundresans poäng
score = Poäng
stage_score = Fasens poäng
touchpoint_score = Kontaktpunktens poäng
pass_line = Godkäntgräns
passes = Godkänt
below_pass = Under gränsen
unscored = Ej poängsatt
not_scored = ej poängsatt
how_score_is_made = Så räknas poängen fram
of = av
pass = godkänt vid
scale_note = Varje dimension bedöms från 0 till { $scale }; en kontaktpunkt är godkänd vid { $pass } ({ $pass_pct }).
expl_stage_mean = Medelvärde av { $n } poängsatta kontaktpunkter: ({ $list }) / { $n } = { $score }
expl_stage_left_out = { $n } kontaktpunkt(er) utan poäng är utelämnade.
expl_stage_empty = Inga kontaktpunkter, så fasen får 0 poäng.
expl_stage_unscored = Ingen kontaktpunkt är poängsatt ännu: fasen visas utan poäng och räknas som 0 i kundresans poäng.
expl_journey = Medelvärde av de { $n } faserna: ({ $list }) / { $n } = { $score }
expl_unscored_touchpoint = Ingen dimension är poängsatt ännu.
executive_summary = Sammanfattning
journey_map = Kundresekarta
journey_map_intro = Faserna från vänster till höger; nedåt i varje fas dess kontaktpunkter med poäng, hur varje persona känner, smärtpunkterna och åtgärderna. Öppna en fas för alla dess fynd och åtgärder.
no_touchpoints_gap = Inga kontaktpunkter: lucka
top_recommendations = De fem viktigaste rekommendationerna
all_recommendations = Alla rekommendationer
at_a_glance = I korthet
open_findings_count = Öppna fynd
stages_below_pass = Faser under gränsen
touchpoints_count = Kontaktpunkter
journey_charts = Kundresan i diagram
see_all_findings = Se alla fynd
stage = Fas
stages = Faser
touchpoint = Kontaktpunkt
touchpoints = Kontaktpunkter
touchpoints_intro = Alla kontaktpunkter i granskningen, fas för fas. Välj ett namn för att öppna poängkortet.
name = Namn
channel = Kanal
mode = Online eller offline
online = Online
offline = Offline
owner = Ägarskap
owner_owned = Ägd
owner_paid = Köpt
owner_earned = Förtjänad
owner_third-party = Tredje part
content = Innehåll
content_soft = Mjukt innehåll
content_hard = Hårt innehåll
content_none = Inget innehåll
emotion = Känsla
emotion_-2 = Frustrerad
emotion_-1 = Negativ
emotion_0 = Neutral
emotion_1 = Positiv
emotion_2 = Förtjust
emotion_unknown = Ej registrerad
funnel_top = Toppen av tratten
funnel_middle = Mitten av tratten
funnel_bottom = Botten av tratten
funnel_post = Efter köpet
scorecards = Poängkort
dimension = Dimension
weight = Vikt
kpis = KPI:er
kpi = KPI
value = Värde
target = Mål
result = Resultat
met = Uppnått
missed = Ej uppnått
no_target = Inget mål
higher_is_better = högre är bättre
lower_is_better = lägre är bättre
no_kpis = Ingen KPI registrerad.
pain_points = Smärtpunkter
opportunities = Möjligheter
none_recorded = Inga registrerade.
personas_served = Personas som nås
all_personas = Alla personas
linked_note = Anteckning
reviewed = Granskad
stage_notes = Anteckningar om fasen
more_notes = Fler anteckningar
no_stage_note = Ingen anteckning har skrivits om denna fas.
stage_empty_text = Fasen har inga kontaktpunkter. Kunder som når hit möter inget från varumärket: en lucka i kundresan.
previous_stage = Föregående fas
next_stage = Nästa fas
findings = Fynd
findings_lower = fynd
finding_lower = fynd
findings_intro = Det granskningen hittade, per fas och per område. Varje fynd länkar till kontaktpunkten det gäller och till regeln som förklarar det.
no_findings = Inga fynd.
no_open_findings = Inga öppna fynd.
journey_wide = Hela kundresan
by_stage = Per fas
by_area = Per område
area = Område
area_content = Innehåll
area_data = Data
area_touchpoints = Kontaktpunkter
area_technology = Teknik
area_research = Undersökningar
severity = Allvarlighetsgrad
severity_error = Kritisk
severity_warning = Viktig
severity_info = Mindre
accepted_gaps = Accepterade luckor
accepted_intro = Fynd som efter överenskommelse accepteras denna cykel, vart och ett med sin motivering. De räknas inte som öppna fynd.
no_accepted = Ingen lucka är accepterad denna cykel.
reason = Motivering
waivers = Undantag
waiver_live = Gäller
waiver_unused = Gäller, men träffade inget denna cykel
waiver_expired = Utgånget: gäller inte längre
until = till
status = Status
scope = Gäller för
everywhere = Alla fynd från regeln
about_rule = Om regeln
recommendations = Rekommendationer
recommendations_intro = Åtgärder kunden kan vidta, i prioriterad ordning. Varje rekommendation säger varför, var i kundresan den gäller och vilka fynd den besvarar.
how_ranking_works = Så rangordnas rekommendationerna
ranking_text = Konsultens egna åtgärder kommer först, med konsultens ord; reglernas råd täcker bara det som ingen åtgärd besvarar. Allt prioriteras efter effekt (hög först), sedan insats (låg först), sedan allvaret i de fynd den besvarar, hur tidigt i tratten den gäller, hur stor andel av kunderna kontaktpunkten når och hur långt under godkäntgränsen den ligger.
no_recommendations = Inget att rekommendera: inga öppna fynd.
rank = Placering
why = Varför
answers = Besvarar
rule = Regel
rule_book = Regelbok
rule_book_intro = Alla kontroller Trailmark gör: vad de letar efter, varför det spelar roll för kundresan och hur fynden åtgärdas. Allvarlighetsgraden är den som denna granskning använder.
what_it_checks = Vad regeln kontrollerar
why_it_matters = Varför det spelar roll
example = Exempel
how_to_fix = Så åtgärdar du det
rule_off = Avstängd i denna granskning
findings_in_report = Fynd i denna rapport
rule_passes = Godkänt: inget hittat.
default_severity = standard
coverage = Täckning
coverage_intro = Hur kontaktpunkterna fördelar sig på kanaler, innehåll och ägarskap. En sund kundresa möter kunderna i flera kanaler, informerar innan den säljer och vilar inte bara på varumärkets egna kanaler.
coverage_channels = Kanaler per fas
coverage_channels_text = Vilka kanaler som bär varje fas. En fas som vilar på en kanal är sårbar: kunder som inte använder den möter aldrig varumärket där.
content_mix = Innehållsmix
content_mix_text = Mjukt innehåll informerar och inspirerar (guider, jämförelser, kalkylatorer); hårt innehåll säljer (erbjudanden, priser, bokning). Tidiga faser behöver mjukt innehåll, beslutet behöver hårt innehåll.
touchpoint_mix = Kontaktpunktsmix
touchpoint_mix_text = Egna, betalda, förtjänade och tredjepartskontaktpunkter, online och offline. Mycket av kundresan sker innan kunderna når varumärkets egna kanaler.
chart_missing = Detta diagram finns inte i denna rapport.
chart_data = Data bakom diagrammet
personas = Personas
personas_intro = De kundtyper som kundresan har kartlagts för, och de kontaktpunkter som når var och en av dem.
no_personas = Granskningen definierar inga personas.
segment = Segment
share = Andel av kunderna
goals = Mål
frustrations = Frustrationer
persona_touchpoints = Kontaktpunkter som når denna persona
persona_not_served = Nås inte i denna fas
persona_chart = Personas längs kundresan
research = Undersökningar
research_intro = De intervjuer, workshoppar och datagenomgångar som granskningen bygger på.
no_research = Ingen undersökning ingår i denna granskning.
title = Titel
method = Metod
method_interview = Intervju
method_workshop = Workshop
method_analytics = Dataanalys
method_survey = Enkät
persona = Persona
date = Datum
participants = Deltagare
interviews_total = Intervjudeltagare: { $n } av de { $min } som granskningen kräver.
related_touchpoints = Kontaktpunkter
notes = Anteckningar
chart = Diagram
on_this_page = På denna sida

findings_filter = Filtrera fynden
findings_all = Alla
findings_filtered = Fynd: { $filter }
findings_open = Öppna fynd för kunden
findings_agency = För byrån
findings_for_agency = Analysens kvalitet
findings_cause = Orsak
findings_none_here = Inga öppna fynd här.

## Months, for dates.

month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
map_views = Visa kartan för
journey_map_for = Kundresekarta för { $persona }
journey_map_persona_intro = En personas kontaktpunkter, känslor, smärtpunkter och åtgärder genom faserna. Om personan:
none_for_persona = Ingen kontaktpunkt för denna persona
more_on_stage = fler på fasens sida
quick_win = snabb vinst
impact_effort = Effekt: { $impact } · insats: { $effort }
low_point_text = Lågpunkt: { $persona } vid { $touchpoint } i { $stage } ({ $emotion })
coverage_sentence = { $mapped } av { $total } faser kartlagda; { $score } över de kartlagda faserna.
unmapped_sentence = Ännu inte kartlagd och räknad som 0 i kundresans poäng: { $stages }.
insight_weakest_below = { $stage } är den svagaste fasen med { $score }, under godkäntgränsen { $pass }.
insight_weakest_passes = Alla kartlagda faser är godkända; den svagaste är { $stage } med { $score }.
insight_low_point = Den känslomässiga lågpunkten: { $persona } vid { $touchpoint } i { $stage } ({ $emotion }).
insight_unmapped = Ingen äger fasen { $stage } ännu: den har inga kontaktpunkter.
insight_most_findings = { $touchpoint } har { $n } öppna fynd, fler än någon annan kontaktpunkt.
insight_quick_wins = { $n } av de { $total } åtgärderna är snabba vinster: hög effekt för låg insats.
key_insights = Viktigaste insikter
top_actions = Viktigaste åtgärder
impact = Effekt
effort = Insats
consultant_summary = Konsultens sammanfattning
all_actions_count = Alla { $n } åtgärder, per fas

## The rules: what passing looks like, the failing state, the advice and why it matters.

rule-empty-stage-title = Alla faser har kontaktpunkter
rule-empty-stage-failure = En fas saknar kontaktpunkter
rule-empty-stage-advice = Ge de tomma faserna egna kontaktpunkter
rule-empty-stage-rationale = Kunder som når en tom fas möter ingenting från varumärket och söker därför svar på annat håll, ofta hos en konkurrent.

rule-thin-stage-title = Alla faser har tillräckligt med kontaktpunkter
rule-thin-stage-failure = En fas har för få kontaktpunkter
rule-thin-stage-advice = Lägg till kontaktpunkter i de tunna faserna så att kunden har mer än en väg igenom dem
rule-thin-stage-rationale = När en fas bara har en väg igenom faller de kunder som inte använder den, eller som stöter på ett fel, ur kundresan där.

rule-missing-top-funnel-content-title = Toppen av tratten har mjukt innehåll som fungerar
rule-missing-top-funnel-content-failure = Toppen av tratten saknar mjukt innehåll som fungerar
rule-missing-top-funnel-content-advice = Ge den första fasen mjukt innehåll (guider, kalkylatorer, jämförelser) som svarar på kundens första frågor
rule-missing-top-funnel-content-rationale = I början söker kunderna svar snarare än erbjudanden, och de dras till det varumärke som hjälper dem först.

rule-missing-decision-content-title = Köpredo kunder hittar hårt innehåll
rule-missing-decision-content-failure = Botten av tratten saknar hårt innehåll
rule-missing-decision-content-advice = Ge beslutsfaserna hårt innehåll: erbjudanden, priser, villkor och en tydlig uppmaning till handling
rule-missing-decision-content-rationale = Köpredo kunder hittar inte erbjudandet, priset eller nästa steg, så de handlar hos den som ber om affären.

rule-single-channel-stage-title = Varje fas når kunderna genom mer än en kanal
rule-single-channel-stage-failure = En fas vilar på en enda kanal
rule-single-channel-stage-advice = Nå kunden genom flera kanaler i de faser som bara använder en
rule-single-channel-stage-rationale = Kunder som inte använder just den kanalen nås aldrig, och om den slutar fungera gör hela fasen det också.

rule-online-only-journey-title = Kundresan möter också kunderna offline
rule-online-only-journey-failure = Kundresan är bara online
rule-online-only-journey-advice = Kartlägg de offline-kontaktpunkter kunderna möter (butik, telefon, evenemang, trycksaker, medarbetare) och lägg till dem i kundresan
rule-online-only-journey-rationale = Kunderna möter också varumärket i butiken, i telefon och genom människor; de stunderna väger ofta tyngst, men ingen mäter eller styr dem.

rule-missing-third-party-presence-title = Varumärket finns där kunderna letar innan de möter det
rule-missing-third-party-presence-failure = Ingen förtjänad närvaro eller närvaro hos tredje part tidigt i kundresan
rule-missing-third-party-presence-advice = Kartlägg och arbeta med förtjänade kontaktpunkter och kontaktpunkter hos tredje part tidigt i kundresan: recensioner, rekommendationer, press, marknadsplatser, partner
rule-missing-third-party-presence-rationale = Tidigt i kundresan litar kunderna mer på recensioner, rekommendationer och press än på varumärkets egen röst, så ett varumärke som saknas där kommer sällan i fråga.

rule-missing-post-purchase-engagement-title = Varumärket håller kontakten efter köpet
rule-missing-post-purchase-engagement-failure = Inget från varumärket självt följer kunden efter köpet
rule-missing-post-purchase-engagement-advice = Bygg egna kontaktpunkter efter köpet som får kunderna att komma tillbaka och rekommendera varumärket
rule-missing-post-purchase-engagement-rationale = Det kostar långt mindre att behålla en kund än att vinna en ny, men ingenting får köparna att komma tillbaka eller rekommendera varumärket.

rule-low-score-touchpoint-title = Alla poängsatta kontaktpunkter är godkända
rule-low-score-touchpoint-failure = En kontaktpunkt får poäng under godkäntgränsen
rule-low-score-touchpoint-advice = Förbättra de svaga kontaktpunkterna där de får lägst poäng
rule-low-score-touchpoint-rationale = Där en kontaktpunkt fungerar dåligt möter kunderna varumärket och går därifrån mindre övertygade än när de kom.

rule-weak-stage-title = Alla faser når minst godkäntgränsen
rule-weak-stage-failure = En fas ligger under godkäntgränsen
rule-weak-stage-advice = Lyft de svaga faserna och börja med deras lägst poängsatta kontaktpunkter
rule-weak-stage-rationale = Hela steget upplevs som svagt av kunderna, oavsett kanal, och ett svagt steg tidigt i tratten tappar dem innan de starkare faserna når fram.

rule-unaddressed-pain-point-title = Alla smärtpunkter har en möjlighet
rule-unaddressed-pain-point-failure = En kontaktpunkt har smärtpunkter men ingen möjlighet
rule-unaddressed-pain-point-advice = Gör varje smärtpunkt till en konkret möjlighet
rule-unaddressed-pain-point-rationale = Kunderna känner av problemen i dag, men utan ett planerat svar blir inget av dem en förbättring i nästa cykel.

rule-missing-kpi-title = Alla kontaktpunkter har en KPI
rule-missing-kpi-failure = En kontaktpunkt saknar KPI
rule-missing-kpi-advice = Ge varje kontaktpunkt en KPI med ett mål, så att nästa cykel kan mäta resultatet
rule-missing-kpi-rationale = Utan ett mått på en kontaktpunkt kan ingen i nästa cykel se om de pengar och den insats som lagts på den har lönat sig.

rule-kpi-below-target-title = Alla KPI:er når sina mål
rule-kpi-below-target-failure = En KPI når inte sitt mål
rule-kpi-below-target-advice = Åtgärda de kontaktpunkter vars KPI:er inte når sina mål
rule-kpi-below-target-rationale = Ett mål som inte nås visar i siffror att en kontaktpunkt inte gör sitt jobb, och det kostar leads, försäljning eller lojala kunder.

rule-unscored-touchpoint-title = Alla kontaktpunkter är poängsatta på alla dimensioner
rule-unscored-touchpoint-failure = En kontaktpunkt saknar poäng
rule-unscored-touchpoint-advice = Poängsätt de saknade dimensionerna
rule-unscored-touchpoint-rationale = Poäng som vilar på ett ofullständigt underlag kan få en kontaktpunkt att se bättre eller sämre ut än den är och göra nästa cykels jämförelse otydlig.

rule-missing-personas-title = Personas är definierade
rule-missing-personas-failure = Inga personas är definierade
rule-missing-personas-advice = Beskriv två eller tre personas utifrån kundintervjuerna
rule-missing-personas-rationale = Utan en tydlig bild av de typiska kunderna bedöms kundresan utifrån en genomsnittskund som inte finns.

rule-persona-gap-title = Varje persona har kontaktpunkter i alla faser
rule-persona-gap-failure = En persona saknar kontaktpunkt i en fas
rule-persona-gap-advice = Ge varje persona en kontaktpunkt i varje fas de passerar
rule-persona-gap-rationale = En kundgrupp möter ingenting från varumärket i ett steg av sin kundresa, och det är där ett segment i det tysta glider över till en konkurrent.

rule-too-few-interviews-title = Tillräckligt många kunder har intervjuats
rule-too-few-interviews-failure = För få kunder har intervjuats
rule-too-few-interviews-advice = Intervjua fler kunder om deras kundresa
rule-too-few-interviews-rationale = Med för få intervjuade kunder visar kartan det som företaget självt ser snarare än det kunderna faktiskt gör, och en ovanlig röst kan snedvrida den.

## Findings: what a rule found, with its ids named in the report language.

findings_count = { $count } fynd
reasoning-summary = { $failure } ({ $count } fynd).
reasoning-summary-stages = { $failure }: { $count } fynd i { $stages }.
finding-internal-error = Kontrollen { $check } misslyckades internt och hoppades över; rapportera gärna felet.
finding-empty-stage = Fasen { $stage } saknar kontaktpunkter.
finding-thin-stage = Fasen { $stage } har bara { $count } { $count ->
        [one] kontaktpunkt
       *[other] kontaktpunkter
    }; granskningen kräver minst { $min }.
finding-missing-top-funnel-content-empty = Fasen { $stage } saknar kontaktpunkter, så inget mjukt innehåll möter kunder som just har börjat söka information.
finding-missing-top-funnel-content-none = Fasen { $stage } saknar mjukt innehåll: { $total ->
        [one] fasens enda kontaktpunkt informerar eller inspirerar inte
       *[other] ingen av fasens { $total } kontaktpunkter informerar eller inspirerar
    } kunder som ännu inte är redo att köpa.
finding-missing-top-funnel-content-weak = Det mjuka innehållet i fasen { $stage } når inte upp till godkäntgränsen ({ $pass }): { $list }.
scored-touchpoint = { $touchpoint } ({ $score })
unscored-touchpoint = { $touchpoint } (ej poängsatt)
finding-missing-decision-content-no-stage = Kundresans modell har ingen fas i botten av tratten, så inget ger köpredo kunder ett erbjudande, ett pris eller ett nästa steg.
finding-missing-decision-content = { $count ->
        [one] Fasen
       *[other] Faserna
    } { $stages } saknar hårt innehåll: köpredo kunder hittar varken erbjudande, pris eller uppmaning till handling.
finding-single-channel-stage = { $count ->
        [2] Båda kontaktpunkterna
       *[other] Alla { $count } kontaktpunkter
    } i fasen { $stage } använder samma kanal ({ $channel }): kunder som inte använder den nås inte i fasen.
finding-online-only-journey = { $count ->
        [0] Kundresan saknar kontaktpunkter, så ingen möter kunden offline.
        [one] Kundresans enda kontaktpunkt är online; ingen möter kunden offline (butik, telefon, evenemang, trycksaker).
       *[other] Alla kundresans { $count } kontaktpunkter är online; ingen möter kunden offline (butik, telefon, evenemang, trycksaker).
    }
finding-missing-third-party-presence-no-stage = Kundresans modell har ingen fas i toppen eller mitten av tratten, så ingen förtjänad kontaktpunkt och ingen hos tredje part möter kunderna innan de når varumärkets egna kanaler.
finding-missing-third-party-presence = { $count ->
        [one] Fasen
       *[other] Faserna
    } { $stages } saknar förtjänade kontaktpunkter och kontaktpunkter hos tredje part: kunderna möter varken recensioner, rekommendationer eller partnerkanaler innan de når varumärkets egna och betalda kanaler.
finding-missing-post-purchase-engagement-no-stage = Kundresans modell har ingen fas efter köpet, så ingen egen kontaktpunkt får kunderna att köpa igen eller rekommendera varumärket.
finding-missing-post-purchase-engagement = { $count ->
        [one] Fasen
       *[other] Faserna
    } { $stages } saknar egna kontaktpunkter: inget i varumärkets egna kanaler får kunderna att köpa igen eller rekommendera varumärket.
finding-low-score-touchpoint = Kontaktpunkten { $touchpoint } i fasen { $stage } får { $score } av 100, under godkäntgränsen ({ $pass }).
finding-low-score-touchpoint-weakest = Kontaktpunkten { $touchpoint } i fasen { $stage } får { $score } av 100, under godkäntgränsen ({ $pass }); lägst poäng får { $dimensions } ({ $low } av { $scale }).
finding-weak-stage = Fasen { $stage } får { $score } poäng, under godkäntgränsen ({ $pass }): { $below } av fasens { $scored } { $scored ->
        [one] poängsatta kontaktpunkt
       *[other] poängsatta kontaktpunkter
    } ligger under gränsen.
finding-weak-stage-with-unscored = Fasen { $stage } får { $score } poäng, under godkäntgränsen ({ $pass }): { $below } av fasens { $scored } { $scored ->
        [one] poängsatta kontaktpunkt
       *[other] poängsatta kontaktpunkter
    } ligger under gränsen ({ $unscored } { $unscored ->
        [one] kontaktpunkt är ej poängsatt och räknas
       *[other] kontaktpunkter är ej poängsatta och räknas
    } inte med).
finding-unaddressed-pain-point-emotion = Kunderna upplever { $touchpoint } negativt (känsla { $emotion }), men varken smärtpunkter eller möjligheter är noterade.
finding-unaddressed-pain-point = { $touchpoint } har { $count } { $count ->
        [one] smärtpunkt och ingen möjlighet som tar itu med den
       *[other] smärtpunkter och ingen möjlighet som tar itu med dem
    }: { $list }.
finding-missing-kpi = { $touchpoint } saknar KPI: effekten av förändringar här kan inte mätas nästa cykel.
finding-kpi-below-target = { $touchpoint } når inte { $count ->
        [one] målet för en KPI
       *[other] målen för { $count } KPI:er
    }: { $list }.
kpi-missed-at-least = { $kpi } { $value } (mål minst { $target })
kpi-missed-at-most = { $kpi } { $value } (mål högst { $target })
finding-unscored-touchpoint = { $touchpoint } är ej poängsatt på { $dimensions }: den saknar poäng och räknas inte med i fasens poäng.
finding-unscored-touchpoint-partly = { $touchpoint } är ej poängsatt på { $dimensions }; poängen bygger på { $rest ->
        [one] den återstående dimensionen
       *[other] de övriga { $rest } dimensionerna
    }.
finding-missing-personas = Inga personas är beskrivna: beskriv två eller tre typiska kunder som personas, så att kontaktpunkterna kan prövas mot de kunder de ska möta.
finding-persona-gap = Ingen kontaktpunkt i fasen { $stage } riktar sig till { $persona }: { $count ->
        [one] fasens enda kontaktpunkt riktar sig till andra personas
       *[other] alla { $count } riktar sig till andra personas
    }.
finding-too-few-interviews-none = Granskningen bygger inte på någon kundintervju; den kräver minst { $min } intervjuade kunder.
finding-too-few-interviews = { $total } { $total ->
        [one] kund
       *[other] kunder
    } intervjuade i { $notes } { $notes ->
        [one] intervjuanteckning
       *[other] intervjuanteckningar
    }; granskningen kräver minst { $min }.
finding-score-regression-stage = Jämfört på samma kontaktpunkter har poängen för fasen { $stage } sjunkit från { $before } i { $cycle } till { $after } ({ $drop } poäng lägre) över de { $count } kontaktpunkter som har poäng i båda cyklerna.
finding-scope-change = Kontaktpunkterna i fasen { $stage } har ändrats sedan { $cycle }: { $changes }. Fasens poäng kan bara jämföras över de kontaktpunkter som finns i båda cyklerna.
touchpoint-name = { $touchpoint }
scope-added = tillagda { $touchpoints }
scope-removed = borttagna { $touchpoints }
scope-moved-in = flyttade hit { $touchpoints }
scope-moved-out = flyttade bort { $touchpoints }
scope-moved-from = { $touchpoint } (från { $stage })
scope-moved-to = { $touchpoint } (till { $stage })
finding-score-regression-touchpoint = Poängen för { $touchpoint } har sjunkit från { $before } i { $cycle } till { $after } ({ $drop } poäng lägre).

## Charts: what each one shows, for readers who cannot see it.

chart-coverage-description = Hur många av de { $n_touchpoints } kontaktpunkterna varje fas har i var och en av { $n_channels } kanaler; en tom ruta betyder inga.
chart-coverage-empty-stages = Faser utan kontaktpunkter: { $names }.
chart-personas-description = Hur många kontaktpunkter som når varje persona i varje fas: en fylld cirkel betyder att några riktar sig till personan, en ring bara kontaktpunkter för alla, en tom ruta inga.
chart-personas-not-served = Inte täckt: { $gaps }.
chart-content-description = Varje fas kontaktpunkter efter innehåll: mjukt innehåll informerar och inspirerar, hårt innehåll säljer.
chart-content-missing-soft = Tidiga faser utan mjukt innehåll: { $names }.
chart-mix-description = Varje fas kontaktpunkter efter ägare (ägd, köpt, förtjänad, tredje part) och efter online eller offline.
chart-mix-online-only = Bara online: { $names }.
chart-dimensions-description = Poängen för de { $n } kontaktpunkterna i { $name } på varje dimension, från 0 till { $scale_text }, mot godkäntgränsen { $pass_text }.

## Chart labels.

chart_passed = Godkänd
chart_below = Under godkäntgränsen
chart_no_touchpoints = Inga kontaktpunkter
chart_no_soft_content = Inget mjukt innehåll
chart_total = Totalt
chart_at_or_above = Godkänd
chart_targeted = riktade till personan
chart_general_only = Bara kontaktpunkter för alla personas
chart_not_served = Tom: inte täckt
chart_empty_cell = Tom: inga
chart_per_cell = Kontaktpunkter per ruta:
chart_by_owner = Efter ägare:
chart_by_mode = Online och offline:
chart_none = {"–"}
chart_stage_scores = Fasernas poäng mot godkäntgränsen
chart_coverage = Kontaktpunkter per fas och kanal
chart_content_mix = Innehåll per fas: mjukt, hårt eller inget
chart_touchpoint_mix = Kontaktpunkter per fas: ägare, online och offline
chart_personas = Personas som nås per fas
chart_dimensions = kontaktpunkternas poäng per dimension

## Channels, dimensions: the built-in vocabularies.

channel-website = Webbplats
channel-search = Sök
channel-social = Sociala medier
channel-email = E-post
channel-newsletter = Nyhetsbrev
channel-ads = Annonser
channel-display = Display
channel-video = Video
channel-blog = Blogg
channel-reviews = Recensioner
channel-marketplace = Marknadsplats
channel-app = App
channel-chat = Chatt
channel-store = Butik
channel-event = Evenemang
channel-trade-show = Mässa
channel-print = Trycksaker
channel-brochure = Broschyr
channel-outdoor = Utomhus
channel-packaging = Förpackning
channel-phone = Telefon
channel-sales = Försäljning
channel-employees = Medarbetare
channel-word-of-mouth = Mun-till-mun
channel-service-center = Servicecenter
dimension-presence = Närvaro
dimension-relevance = Relevans
dimension-consistency = Konsekvens
dimension-experience = Upplevelse

## The stages of the preset journey models.

stage-awareness = Kännedom
stage-consideration = Övervägande
stage-decision = Beslut
stage-purchase = Köp
stage-experience = Upplevelse
stage-loyalty = Lojalitet
stage-advocacy = Rekommendation
stage-search = Sökning
stage-offer = Erbjudande
stage-conversion = Konvertering
stage-usage = Användning
stage-evaluation = Utvärdering
stage-post-purchase = Efter köpet

## The terminal.

terminal-help = råd: { $advice } (kör `trailmark explain { $rule }` för att se varför det spelar roll)
terminal-touchpoint-label = kontaktpunkt `{ $id }`
terminal-waiver-label = det här undantaget
terminal-waiver-expired = undantaget för `{ $rule }` gick ut med cykel { $cycle }; dess fynd är öppna igen
terminal-waiver-unused = undantaget för `{ $rule }` träffar inget fynd; är luckan stängd kan du ta bort det
terminal-summary = { $errors } { $errors ->
        [one] kritiskt
       *[other] kritiska
    }, { $warnings } { $warnings ->
        [one] viktigt
       *[other] viktiga
    }, { $info } mindre{ $accepted ->
        [0] {""}
       *[other] {" "}({ $accepted } accepterade)
    }; kundresans poäng { $score } av 100
terminal-findings = Fynd: { $summary }
terminal-built = Byggde { $client } ({ $cycle }): { $pages ->
        [one] en sida
       *[other] { $pages } sidor
    }, { $charts ->
        [one] ett diagram
       *[other] { $charts } diagram
    } på { $seconds } s
terminal-open = Öppna { $path }
terminal-single-file = Rapporten som en enda fil: { $path }
terminal-snapshot-compared = Cykelns ögonblicksbild sparades i { $path } (jämförd med { $previous })
terminal-snapshot-first = Cykelns ögonblicksbild sparades i { $path } (ingen tidigare cykel att jämföra med)

chart_all_customers = Alla kunder
chart_emotion_title = Känslan genom kundresan, per persona
chart-no-stage-below = Ingen fas ligger under godkäntgränsen.
chart-stages-below = { $n } av { $total } faser ligger under godkäntgränsen: { $names }.
chart_not_mapped = Inte kartlagd
chart-scores-description = Varje fas poäng från 0 till 100 mot godkäntgränsen { $pass_text }.
chart_target = Mål
chart_target_met = Målet nått
chart_target_missed = Målet inte nått
chart_value = Värde
chart_share_of_target = Andel av mål
chart-kpi-description = Varje KPI som andel av sitt mål (100 % är målet; för en KPI där lägre är bättre, målet delat med värdet). { $met } av { $total } KPI:er når sitt mål.
chart_kpi_title = KPI:er mot sina mål
chart-score-matrix-description = Genomsnittlig poäng (0–100) för de kontaktpunkter som når varje persona i varje fas; röda nyanser ligger under godkäntgränsen { $pass }, blå på eller över. En tom ruta saknar bedömt kontaktpunkt.
chart_score_matrix_title = Poäng per fas och persona
chart-emotion-matrix-description = Den lägsta känslan (−2 till +2) varje persona har i varje fas; rött är negativt, blått positivt. En tom ruta saknar registrerad känsla.
chart_emotion_matrix_title = Känsla per fas och persona
level_low = Låg
level_medium = Medel
level_high = Hög
chart_impact = Effekt
chart_effort = Insats
chart_quick_wins = Snabba vinster
chart_number = Nr
chart_action = Åtgärd
chart_actions_title = Åtgärder efter effekt och insats
chart-emotion-low-point = Lågpunkt: { $persona }, { $touchpoint } i { $stage } ({ $emotion })
chart-emotion-description = Varje personas lägsta känsla i varje fas, från −2 till +2, en linje per persona. { $with_emotion } av { $total } kontaktpunkter har en känsla registrerad.
chart-actions-description = Konsultens { $count } åtgärder efter effekt (upp) och insats (höger), numrerade som i tabellen; { $wins } är snabba vinster (hög effekt, låg insats), uppe till vänster.

rule-scope-change-title = Faserna har samma kontaktpunkter som i förra cykeln
rule-scope-change-failure = En fas kontaktpunkter har ändrats sedan förra cykeln
rule-scope-change-advice = Jämför de ändrade faserna på samma kontaktpunkter, och skriv i fasanteckningarna varför kontaktpunkterna har ändrats
rule-scope-change-rationale = En fas vars kontaktpunkter har ändrats poängsätter en annan resa, så dess poängförändring säger lika mycket om kartan som om kundens upplevelse.
rule-score-regression-title = Inga poäng har sjunkit sedan förra cykeln
rule-score-regression-failure = En poäng har sjunkit sedan förra cykeln
rule-score-regression-advice = Ta reda på vad som ändrats där poängen sjunkit, och ta tillbaka det förlorade
rule-score-regression-rationale = Det som vunnits i tidigare cykler håller på att gå förlorat, och en nedgång är billigast att vända medan orsaken fortfarande är färsk.
rule-emotional-low-point-title = Ingen kontaktpunkt är en känslomässig lågpunkt
rule-emotional-low-point-failure = En kontaktpunkt är en känslomässig lågpunkt
rule-emotional-low-point-advice = Ta bort det som får kunderna att må sämst vid dessa kontaktpunkter
rule-emotional-low-point-rationale = Ett enda ögonblick som frustrerar en kund kan förstöra resten av kundresan, och det döljer sig bakom ett genomsnitt eller en godkänd poäng.
rule-missing-emotion-data-title = De flesta kontaktpunkter har en registrerad känsla
rule-missing-emotion-data-failure = För få kontaktpunkter har en registrerad känsla
rule-missing-emotion-data-advice = Registrera hur kunderna känner sig vid fler kontaktpunkter
rule-missing-emotion-data-rationale = En känslokurva ritad utifrån några få kontaktpunkter visar var granskningen tittade, inte var kunderna är nöjda eller tappas.
rule-no-owned-soft-content-title = Varumärket publicerar eget mjukt innehåll
rule-no-owned-soft-content-failure = Varumärket äger inget mjukt innehåll
rule-no-owned-soft-content-advice = Publicera egna guider och svar
rule-no-owned-soft-content-rationale = Utan eget innehåll som informerar lämnar varumärket alla svar till recensenter, forum och konkurrenter och talar bara när det säljer.
rule-stale-touchpoint-title = Alla kontaktpunkter har granskats nyligen
rule-stale-touchpoint-failure = En kontaktpunkts granskning är inaktuell
rule-stale-touchpoint-advice = Granska de kontaktpunkter vars bedömning är inaktuell
rule-stale-touchpoint-rationale = En poäng från för mer än ett år sedan beskriver en kontaktpunkt som kanske inte längre finns i den formen.
rule-thin-persona-evidence-title = Alla personas bygger på tillräckligt många intervjuer
rule-thin-persona-evidence-failure = En persona bygger på för få intervjuer
rule-thin-persona-evidence-advice = Intervjua fler kunder från de personas som bygger på för lite
rule-thin-persona-evidence-rationale = En persona som bygger på ett enda samtal beskriver en kund, och beslut som fattas för den kan missa hela segmentet.
rule-untargeted-persona-title = Alla personas har kontaktpunkter riktade till sig tidigt i kundresan
rule-untargeted-persona-failure = En persona saknar kontaktpunkt riktad till sig i en fas
rule-untargeted-persona-advice = Rikta kontaktpunkter till de personas som bara de allmänna kontaktpunkterna når
rule-untargeted-persona-rationale = Ett segment som bara möter kontaktpunkter gjorda för alla får inget som svarar på dess egna frågor medan det fortfarande väljer.
persona-name = { $persona }
low-point-who = {" "}för { $personas }
finding-emotional-low-point-unexplained = { $touchpoint } är en känslomässig lågpunkt (känsla { $emotion }{ $who }), och ingen smärtpunkt förklarar varför.
finding-emotional-low-point = { $touchpoint } är en känslomässig lågpunkt (känsla { $emotion }{ $who }): { $list }.
finding-missing-emotion-data = Bara { $with } av { $total } kontaktpunkter har en registrerad känsla ({ $share }); känslokurvan kräver minst { $minimum }.
finding-no-owned-soft-content = Ingen ägd kontaktpunkt i kundresan har mjukt innehåll: varumärket publicerar inget eget som informerar.
finding-stale-touchpoint = { $touchpoint } granskades senast { $date }, { $age } dagar före granskningen (högst { $maximum }).
finding-thin-persona-evidence = { $interviews ->
        [0] Ingen intervju nämner { $persona }; minst { $minimum } behövs.
        [one] { $persona } bygger på { $interviews } intervjuad kund; minst { $minimum } behövs.
       *[other] { $persona } bygger på { $interviews } intervjuade kunder; minst { $minimum } behövs.
    }
finding-untargeted-persona = Ingen kontaktpunkt i fasen { $stage } riktar sig till { $persona }; bara { $count ->
        [one] en kontaktpunkt
       *[other] { $count } kontaktpunkter
    } utan personas når dem.
changes_largest = främst
changes_stages_compared = faser på samma kontaktpunkter
changes_improved = Förbättrat
changes_none_improved = ingen poäng steg
changes_regressed = Försämrat
changes_none_regressed = ingen poäng sjönk
changes_heading = Förändringar
changes_like_for_like = på samma kontaktpunkter
changes_journey = Kundresan
changes_stage_new_in_model = ny i modellen
changes_stage_newly_mapped = kartlagd för första gången
changes_touchpoints_added = Tillagda
changes_touchpoints_removed = Borttagna
changes_moved_in = flyttade hit
changes_moved_out = flyttade bort
changes_gains = Uppgångar
changes_losses = Nedgångar
changes_touchpoints_moved = Flyttade
changes_touchpoints_renamed = Omdöpta
changes_findings_resolved = Lösta fynd
changes_findings_new = Nya fynd
changes_findings_open = Kvarstående fynd
changes_actions_done_heading = Genomförda åtgärder
touchpoints_count_plural = { $count } { $count ->
        [one] kontaktpunkt
       *[other] kontaktpunkter
    }
changes-findings-line = Lösta: { $resolved }; { $new } nya, { $persisting } fortfarande öppna
changes-actions-done = { $count } { $count ->
        [one] åtgärd genomförd
       *[other] åtgärder genomförda
    }
trend_series = Serie
trend_journey_title = Kundresans poäng per cykel
trend-journey-description = Kundresans poäng i var och en av de { $n } registrerade cyklerna, { $first } till { $last }, mot godkäntgränsen.
trend_journey_series = Kundresans poäng
trend_stages_title = Fasernas poäng per cykel
trend-stages-description = Varje fas poäng i de { $n } registrerade cyklerna, { $first } till { $last }; en fas som modellen ännu inte hade saknar punkt.
trend_errors = Kritiska
trend_warnings = Viktiga
trend_information = Mindre
trend_findings_title = Öppna fynd per cykel
trend-findings-description = Öppna fynd (inte accepterade) efter allvar i de { $n } registrerade cyklerna, { $first } till { $last }.
stage_change_kept = I båda cyklerna
stage_change_new = Ny i denna cykel
stage_change_moved_in = Flyttad hit
stage_change_gone = Borttagen eller flyttad bort
stage_change_before = Före
stage_change_after = Efter
stage_change_delta = Förändring
stage_change_heading = Sedan förra cykeln
stage-change-title = { $name }: kontaktpunkter { $from } och { $to }
stage-change-description = Varje kontaktpunkts poäng i { $from } (grå) och { $to } (blå); nya kontaktpunkter (orange), flyttade och borttagna är markerade, så att en ändrad omfattning inte läses som en ändrad poäng.
changes_column_resolved = Lösta
changes_column_new = Nya
changes_column_open = Fortfarande öppna
changes_page_journey = Kundresans poäng
changes_page_stages = Faser
changes_page_stage = Fas
changes_page_score = Poäng som publicerad
changes_page_like_for_like = På samma kontaktpunkter
changes_page_scope = Ändrad omfattning
changes_page_like_note = Jämförelse på samma kontaktpunkter ser på de kontaktpunkter en fas har i båda cyklerna med poäng i båda: nya, borttagna och flyttade kontaktpunkter är en ändrad omfattning och visas för sig.
changes_page_touchpoints = Kontaktpunkter
changes_page_gains = Uppgångar, största först
changes_page_losses = Nedgångar, största först
changes_page_none = Inga.
changes_page_findings = Fynd
changes_page_actions = Åtgärder genomförda sedan förra cykeln
changes_page_trends = Utveckling över alla registrerade cykler
changes_page_before_after = Varje fas före och efter
changes-page-title = Sedan { $from }

changes_stage_added = tillagda
changes_stage_removed = borttagna
changes-report-of = Rapporten för { $cycle }
changes_page_earlier_reports = Rapporter från tidigare cykler

## The action plan and the audit-quality list
consultant_actions = Handlingsplanen
consultant_actions_intro = Konsultens förslag för kontaktpunkterna med de fynd varje förslag besvarar.
further_advice = Övriga rekommendationer
audit_quality = Granskningens kvalitet: öppna uppgifter för byrån
audit_quality_intro = Luckor i själva granskningen (saknade KPI:er, poäng, intervjuer eller känslor, gamla granskningar, smärtpunkter utan en möjlighet). De ingår inte i kundens handlingsplan.
responsible = Ansvarig
due = Senast
status_open = Öppen
status_planned = Planerad
status_doing = Pågår
status_done = Klar
plan-action = Konsultens åtgärd för { $touchpoint }.
plan-action-answers = Konsultens åtgärd för { $touchpoint }; den svarar på: { $failures }.
plan-advice-touchpoint = { $touchpoint }: { $failures }. Ingen möjlighet är skriven för den ännu.

## The rule book: what each rule checks, why it matters, an example that fires and how to fix it (Markdown).

rule-empty-stage-what =
    Slår till en gång för varje fas i kundresans modell vars poängkort inte har någon kontaktpunkt, eller som inte har något poängkort alls.
rule-empty-stage-why =
    En fas utan kontaktpunkter är ett ställe där kunden lämnas ensam: inget av det varumärket gör möter kunden där, så kunden hittar sina svar någon annanstans, ofta hos en konkurrent. En tom fas får dessutom 0 poäng och drar ner hela kundresans poäng.
rule-empty-stage-example =
    En granskning med sju faser utan `content/scorecards/advocacy.toml`: inget ber nöjda kunder att rekommendera varumärket.
rule-empty-stage-fix =
    Kartlägg vad kunden gör i fasen, hitta de kontaktpunkter som möter kunden (eller borde göra det) och skriv in dem i `content/scorecards/<stage>.toml`. Om fasen verkligen inte gäller den här kunden, välj en modell utan den eller acceptera luckan med en `[[waiver]]`.
rule-thin-stage-what =
    Slår till en gång för varje fas som har minst en kontaktpunkt men färre än `min_touchpoints_per_stage` (i `[thresholds]`, standard 2). En fas med exakt `min_touchpoints_per_stage` kontaktpunkter är godkänd. En fas helt utan kontaktpunkter är ett fynd för `empty-stage`, inte för den här regeln.
rule-thin-stage-why =
    Kunder tar sig igenom en fas på olika sätt: några söker, några frågar en vän, några går in i butiken. En fas som vilar på en enda kontaktpunkt möter bara de kunder som råkar använda just den, och när den fallerar (en telefon ingen svarar i, ett formulär som inte fungerar) fångar inget upp dem, och de lämnar kundresan där.
rule-thin-stage-example =
    Med standardvärdet `min_touchpoints_per_stage = 2` slår en köpfas till om dess poängkort bara har en kontaktpunkt:

    ```toml
    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "order-and-financing"
    name    = "Beställning och finansiering hos säljaren"
    channel = "sales"
    content = "hard"
    ```
rule-thin-stage-fix =
    Kartlägg hur kunderna annars tar sig igenom fasen och lägg till de kontaktpunkter som möter dem (eller borde): en självservicesida bredvid säljaren, en telefonlinje bredvid formuläret, en förtjänad kontaktpunkt eller en hos tredje part bredvid de ägda. Är en enda kontaktpunkt rätt för den här kunden, sänk `min_touchpoints_per_stage` eller acceptera fyndet med en `[[waiver]]` som anger fasen.
rule-missing-top-funnel-content-what =
    Slår till en gång för varje fas med `funnel = "top"` som saknar kontaktpunkt med `content = "soft"` som ligger på eller över godkäntgränsen (`pass` av `scale`; exakt på gränsen är godkänt). En mjuk kontaktpunkt utan poäng räknas inte: inget visar att den fungerar. En modell utan `top`-fas har inget att kontrollera och slår aldrig till.

    En `top`-fas helt utan kontaktpunkter slår också till (den har inget mjukt innehåll), vid sidan av `empty-stage`: den tomma fasen är en lucka bland kontaktpunkterna, det saknade mjuka innehållet en lucka i innehållet, och rekommendationerna tar upp båda.
rule-missing-top-funnel-content-why =
    I toppen av tratten har kunden ett behov, inte en kortlista: kunden letar efter svar (köpa eller leasa? bensin eller el? vilken sorts produkt passar mig?), inte efter erbjudanden. Mjukt innehåll (guider, kalkylatorer, jämförelser, inspiration) möter kunden där och gör att varumärket kommer i fråga. En första fas med bara hårt innehåll (priser, kampanjer, uppmaningar att köpa), eller vars mjuka innehåll är för svagt för att bli godkänt, säljer till människor som inte är redo att köpa och tappar dem till den som svarade på deras frågor först.
rule-missing-top-funnel-content-example =
    En fas för kännedom där den enda mjuka kontaktpunkten får 2,25 av 5 (45 %, under standardgränsen för godkänt på 3,0) och resten säljer:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Lokal radioreklam: helgens priskampanj"
    channel = "ads"
    mode    = "offline"
    owner   = "paid"
    content = "hard"

    {"["}[touchpoint]]
    id      = "ev-guide-blog"
    name    = "Blogginlägg: ”Passar en elbil dig?”"
    channel = "blog"
    content = "soft"
    {"["}touchpoint.scores]
    presence = 2
    relevance = 3
    consistency = 2
    experience = 2
    ```
rule-missing-top-funnel-content-fix =
    Ta reda på vilka frågor kunderna ställer innan de funderar på att köpa (intervjuerna och sökdata visar dem) och besvara dem med mjukt innehåll i den första fasen: en guide, en kalkylator, en jämförelse, en berättelse. Finns det mjuka innehållet men ligger under godkäntgränsen, förbättra det där det brister (uppdatera inaktuella fakta, gör det lätt att hitta, länka vidare till nästa steg) och poängsätt det på nytt. Markera sådana kontaktpunkter med `content = "soft"` och poängsätt dem, så att granskningen ser dem.
rule-missing-decision-content-what =
    Slår till en gång för hela kundresan när ingen fas med `funnel = "bottom"` har en kontaktpunkt med `content = "hard"`. Poängen spelar ingen roll: en hård kontaktpunkt räknas oavsett poäng (en svag är ett fynd för `low-score-touchpoint`). Hårt innehåll i en `top`-, `middle`- eller `post`-fas räknas inte. Som alla regler för hela kundresan läses den bokstavligt: en modell utan `bottom`-fas har inte heller något hårt innehåll där, så regeln slår till.
rule-missing-decision-content-why =
    Sent i kundresan ändras kundens frågor från ”vad passar mig?” till ”vad kostar det, på vilka villkor och hur får jag det?”. Hårt innehåll (erbjudanden, priser, finansieringsvillkor, offerter, en knapp för bokning eller beställning) besvarar dem och gör avsikt till köp. En kundresa som fortsätter att informera och inspirera men aldrig lägger fram erbjudandet lämnar köpredo kunder att hitta det någon annanstans, ofta hos en konkurrent som ber om affären.
rule-missing-decision-content-example =
    En granskning med sju faser där kontaktpunkterna i beslut och köp bara informerar:

    ```toml
    # content/scorecards/decision.toml
    {"["}[touchpoint]]
    id      = "buying-guide"
    name    = "Köpguide: bensin, hybrid eller el"
    channel = "website"
    content = "soft"

    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "delivery-info"
    name    = "Sida med leveransinformation"
    channel = "website"
    content = "none"
    ```
rule-missing-decision-content-fix =
    Lägg till det hårda innehåll kunden behöver för att bestämma sig och agera i besluts- eller köpfasen: en prislista eller konfigurator, ett konkret erbjudande, finansierings- eller leasingvillkor, en offert, bokning av provkörning eller beställning. Markera de kontaktpunkterna med `content = "hard"`. Har modellen ingen `bottom`-fas, ge den en (`[[journey.stages]]` med `funnel = "bottom"`), eftersom varje kundresa slutar i ett beslut.
rule-single-channel-stage-what =
    Slår till en gång för varje fas med två eller fler kontaktpunkter när alla har samma `channel` (jämfört utan hänsyn till stora och små bokstäver eller omgivande mellanslag). En fas med en enda kontaktpunkt kontrolleras inte här (det är `thin-stage`s uppgift), och inte heller en tom fas. Bara kanalen räknas: två `email`-kontaktpunkter med olika ägare, innehåll eller former delar ändå en kanal.
rule-single-channel-stage-why =
    Alla kunder finns inte i samma kanal: några läser e-post, några använder appen, några ringer, några går in i butiken. En fas som bara har en kanal når bara dem som använder den, och när kanalen fallerar (ett mejl hamnar i skräpposten, appen är inte installerad) fallerar hela fasen med den. En omnikanal-kundresa låter kunden fortsätta där det passar, online och offline.
rule-single-channel-stage-example =
    En lojalitetsfas där varje kontaktpunkt är ett mejl:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "service-reminder-email"
    name    = "Servicepåminnelse via e-post"
    channel = "email"

    {"["}[touchpoint]]
    id      = "owners-email"
    name    = "Kvartalsmejl till bilägare"
    channel = "email"
    content = "soft"
    ```
rule-single-channel-stage-fix =
    Fråga hur kunderna i fasen helst vill bli mötta och lägg till en kontaktpunkt i en annan kanal: en påminnelse i appen eller via sms bredvid mejlet, ett samtal från verkstaden, ett ägarevent i butiken. Låt kanalerna samverka (samma budskap och en länk mellan dem) i stället för att upprepa varandra.
rule-online-only-journey-what =
    Slår till en gång för hela kundresan när ingen kontaktpunkt i någon fas är offline: varje kontaktpunkts `mode` är `online`, antingen angivet uttryckligen eller hämtat från kanalen (`store`, `event`, `trade-show`, `print`, `brochure`, `outdoor`, `packaging`, `phone`, `sales`, `employees`, `word-of-mouth` och `service-center` är offline som standard; ett uttryckligt `mode` går före). En enda offline-kontaktpunkt någonstans tystar regeln. Den läses bokstavligt: en kundresa utan kontaktpunkter har ingen offline-kontaktpunkt och slår till.
rule-online-only-journey-why =
    Även varumärken som säljer online möter sina kunder offline: en rekommendation vid middagsbordet, ett samtal till kundtjänst, förpackningen på tröskeln, en radioreklam, en medarbetare på en mässa. De stunderna väger ofta tyngre i kundens upplevelse än någon webbsida. En karta med bara online-kontaktpunkter betyder oftast att granskningen bara har tittat på det webbanalysen ser, och att den del av kundresan som sker offline (där kunder kan gå förlorade eller vinnas) varken mäts eller styrs. Regeln är `info` eftersom vissa företag verkligen bara finns online; acceptera den i så fall med en `[[waiver]]`.
rule-online-only-journey-example =
    En kundresa där alla kontaktpunkter finns på webben:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Betald sökning"
    channel = "search"
    owner   = "paid"

    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "support-chat"
    name    = "Supportchatt"
    channel = "chat"
    ```

    och så vidare för varje fas, utan `store`, `phone`, `event` eller någon annan offline-kanal och utan `mode = "offline"`.
rule-online-only-journey-fix =
    Fråga kunderna i intervjuerna och medarbetarna i frontlinjen i en workshop var kunderna möter varumärket bort från skärmen: telefonsamtal, butiken eller utställningshallen, evenemang, leveranser och förpackningar, trycksaker, rekommendationer från andra. Lägg till de kontaktpunkterna (med `mode = "offline"` där kanalen inte finns i vokabulären) och poängsätt dem. Har företaget verkligen ingen kontakt offline, acceptera fyndet med en `[[waiver]]` som säger det.
rule-missing-third-party-presence-what =
    Slår till en gång för hela kundresan när ingen fas med `funnel = "top"` eller `funnel = "middle"` har en kontaktpunkt med `owner = "earned"` eller `owner = "third-party"`. En sådan kontaktpunkt i någon fas i toppen eller mitten räcker; poängen spelar ingen roll. Förtjänade kontaktpunkter och kontaktpunkter hos tredje part i `bottom`- eller `post`-faser räknas inte. Som alla regler för hela kundresan läses den bokstavligt: en modell utan `top`- och `middle`-fas slår till.
rule-missing-third-party-presence-why =
    Mycket av kundresan sker innan kunden möter varumärkets egna kanaler: kunden frågar vänner, läser recensioner, jämför på marknadsplatser och portaler, läser pressen och partners sidor. De förtjänade kontaktpunkterna och de hos tredje part är där ett varumärke upptäcks och får förtroende, och de väger tyngre än varumärkets egen röst eftersom det är andra som talar. En granskning som tidigt i kundresan bara kartlägger ägda och köpta kontaktpunkter har antingen utelämnat dem (en lucka i kartan) eller så saknas varumärket där (en lucka i kundresan); båda kräver uppmärksamhet.
rule-missing-third-party-presence-example =
    Faserna kännedom och övervägande med bara varumärkets egna och köpta kontaktpunkter:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Betald sökning på modellnamn"
    channel = "search"
    owner   = "paid"

    # content/scorecards/consideration.toml
    {"["}[touchpoint]]
    id      = "model-pages"
    name    = "Modellsidor med specifikationer"
    channel = "website"
    owner   = "owned"
    ```
rule-missing-third-party-presence-fix =
    Fråga kunderna i intervjuerna var de letade innan de kontaktade varumärket och lägg till de kontaktpunkterna: recensioner, rekommendationer från andra, press, forum, marknadsplatser och portaler, återförsäljare och partner. Markera dem med `owner = "earned"` (andra talar om varumärket) eller `owner = "third-party"` (varumärket syns i någon annans kanal), poängsätt dem och planera hur ni arbetar med dem: svara på recensioner, be nöjda kunder att rekommendera er, håll annonser och partnersidor aktuella.
rule-missing-post-purchase-engagement-what =
    Slår till en gång för hela kundresan när ingen av faserna med `funnel = "post"` har en kontaktpunkt med `owner = "owned"` (standardägaren). En ägd kontaktpunkt i någon fas efter köpet räcker; poängen spelar ingen roll. Ägda kontaktpunkter i tidigare faser räknas inte. Som alla regler för hela kundresan läses den bokstavligt: en modell utan `post`-fas (en egen modell som slutar vid köpet) slår till.
rule-missing-post-purchase-engagement-why =
    Kundresan slutar inte vid köpet: kunden använder produkten, behöver service och bestämmer sig för om hen ska köpa igen och rekommendera varumärket. Det kostar långt mindre att behålla en kund än att vinna en ny, och en nöjd kunds rekommendation är den förtjänade kontaktpunkt som startar nästa kunds resa. Förtjänade kontaktpunkter och kontaktpunkter hos tredje part efter köpet (recensioner, en partners service) sker vare sig varumärket agerar eller inte; utan en ägd kontaktpunkt (introduktion, servicepåminnelser, ett nyhetsbrev till ägare, en app, ett lojalitetsprogram, en uppmaning att recensera) finns inget från varumärket självt som för kunden tillbaka för återköp och lojalitet.
rule-missing-post-purchase-engagement-example =
    Faserna upplevelse och lojalitet med bara andras kontaktpunkter:

    ```toml
    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "home-charger-partner"
    name    = "Installation av hemmaladdare hos en partner"
    channel = "phone"
    owner   = "third-party"

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "owner-forum"
    name    = "Ägarforum i ett socialt nätverk"
    channel = "social"
    owner   = "earned"
    ```
rule-missing-post-purchase-engagement-fix =
    Planera fas för fas vad varumärket självt gör efter försäljningen: välkomnande och introduktion vid överlämningen, ett uppföljande samtal de första veckorna, servicepåminnelser, ett nyhetsbrev eller en app för ägare, ett erbjudande när avtalet eller produktens livslängd närmar sig sitt slut och en uppmaning att recensera eller rekommendera. Skriv in dem i poängkorten för faserna efter köpet (`owner = "owned"` är standard). Slutar modellen vid köpet, lägg till faser efter köpet.
rule-low-score-touchpoint-what =
    Slår till en gång för varje kontaktpunkt vars poäng ligger strikt under godkäntgränsen (`pass / scale * 100`, från `[scoring]`). Poängen är det viktade medelvärdet av kontaktpunktens poängsatta dimensioner och jämförs oavrundad: en kontaktpunkt exakt på gränsen är godkänd (3,0 av 5 med `pass = 3.0`), medan 2,99 av 5 inte är det, trots att den visas som 59,8. En kontaktpunkt utan poängsatta dimensioner kontrolleras inte här (det är ett fynd för `unscored-touchpoint`). Meddelandet anger poängen avrundad till en decimal, godkäntgränsen och den svagaste dimensionen (den med lägst poäng, om inte alla har samma).
rule-low-score-touchpoint-why =
    En kontaktpunkt som finns men fungerar dåligt är ett ögonblick där kunden möter varumärket och går därifrån mindre övertygad än när hen kom: innehållet missar kundens fråga, upplevelsen frustrerar eller budskapet säger emot resten av kundresan. Svaga kontaktpunkter är ofta billigare att rätta till än nya är att bygga, och poängen visar var man ska börja.
rule-low-score-touchpoint-example =
    Med standardskalan 5 och `pass = 3.0` (60 %) får den här kontaktpunkten (4 + 1 + 2 + 2) / 4 = 2,25 av 5, alltså 45 %:

    ```toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Lokal radioreklam: helgens priskampanj"
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
    Börja med den lägsta dimensionen: låg relevans betyder att innehållet missar kundens fråga i fasen (se intervjuerna och smärtpunkterna), låg konsekvens att det säger emot resten av kundresan, låg upplevelse att det är svårt eller obehagligt att använda, låg närvaro att kunderna inte hittar det. Skriv in vad som ska ändras som `opportunities`, genomför ändringen och poängsätt kontaktpunkten på nytt i nästa cykel. Tjänar kontaktpunkten inte längre kundresan, ta bort den i stället.
rule-weak-stage-what =
    Slår till en gång för varje fas som har minst en kontaktpunkt och vars fasspoäng (medelvärdet av dess poängsatta kontaktpunkter i procent av skalan) ligger strikt under godkäntgränsen, `pass / scale * 100`. En fas exakt på gränsen är godkänd; jämförelsen använder den oavrundade poängen.

    Två sorters faser lämnas åt andra regler: en tom fas (utan kontaktpunkter) är ett fynd för `empty-stage`, och en fas där ingen kontaktpunkt har poäng har ingen poäng att bedöma, så den här regeln är tyst och `unscored-touchpoint` anger de poäng som saknas. Kontaktpunkter utan poäng i en delvis poängsatt fas lämnas utanför medelvärdet, precis som i själva fasens poäng.
rule-weak-stage-why =
    En fas är där kunden ställer en sorts fråga: är det här något för mig, vilken ska jag välja, var köper jag, hjälper de mig efteråt? När en fas kontaktpunkter i genomsnitt får låga poäng är kundens upplevelse av hela det steget svag, oavsett kanal, och ett svagt steg tidigt i tratten tappar kunderna innan de starkare faserna når fram till dem. Fasens poäng är den siffra kunden följer från den ena optimeringscykeln till nästa.
rule-weak-stage-example =
    Med standardskalan 5 och `pass = 3.0` (60 %) en fas för kännedom vars två kontaktpunkter i genomsnitt får 50 %:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id = "radio-spot"
    name = "Lokal radioreklam"
    channel = "ads"
    mode = "offline"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 1
    consistency = 2
    experience = 2

    {"["}[touchpoint]]
    id = "search-ads"
    name = "Betald sökning"
    channel = "search"
    {"["}touchpoint.scores]
    presence = 3
    relevance = 2
    consistency = 3
    experience = 3
    ```
rule-weak-stage-fix =
    Börja med fasens kontaktpunkter under godkäntgränsen (`low-score-touchpoint` listar dem) och deras lägsta dimension: de möjligheter som står på dem är de första åtgärderna. Saknar fasen helt rätt sorts kontaktpunkt (till exempel mjukt innehåll i toppen av tratten) lyfter en stark ny kontaktpunkt också fasen. Poängsätt på nytt efter ändringarna i nästa cykel.
rule-unaddressed-pain-point-what =
    Slår till en gång för varje kontaktpunkt som har minst en post i `pain_points`, eller en `emotion` på -1 eller lägre, och vars lista `opportunities` är tom (eller saknas). En känsla på 0 eller högre utan smärtpunkter är i sin ordning utan möjligheter; en möjlighet räcker för att tysta regeln, hur många smärtpunkter det än finns.
rule-unaddressed-pain-point-why =
    Smärtpunkterna är det som intervjuerna med kunderna och workshoppen med medarbetarna lyfte fram: de ställen där kundresan gör ont. En smärtpunkt utan en möjlighet bredvid sig är ett problem granskningen såg och lämnade obesvarat, så det blir aldrig en åtgärd kunden kan vidta i nästa optimeringscykel. En negativ känsla utan anteckningar är samma lucka ett steg tidigare: kunderna känner av den, men ingen har skrivit ner varför eller vad som ska göras.
rule-unaddressed-pain-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "website-chat"
    name = "Chatt på webbplatsen (bot utanför öppettiderna)"
    channel = "chat"
    emotion = -1
    pain_points = ["Boten kan inte svara på frågor om leasing"]
    # inga opportunities
    ```
rule-unaddressed-pain-point-fix =
    Skriv minst en möjlighet för varje smärtpunkt: en konkret ändring av kontaktpunktens innehåll, data, kanal eller teknik som skulle ta bort den (”Låt en medarbetare ta leasingfrågor som kommer utanför öppettiderna nästa morgon, med en utlovad tid”). Där bara känslan är negativ, gå tillbaka till intervjuanteckningarna, skriv in smärtpunkten bakom den och sedan möjligheten.
rule-missing-kpi-what =
    Slår till en gång för varje kontaktpunkt utan `[[touchpoint.kpi]]`. En KPI räcker, med eller utan `target`; en KPI utan mål uppfyller den här regeln men kan aldrig bedömas av `kpi-below-target`, så ge den ett.
rule-missing-kpi-why =
    En kundresa optimeras i cykler: ändra kontaktpunkterna, mät, justera. En kontaktpunkt utan KPI är ett ställe där ingen i nästa cykel vet om ändringen fungerade. Att välja KPI tvingar också fram frågan om vilka data kontaktpunkten ger och var de samlas in, den del av kundresans data som är lättast att glömma för kontaktpunkter offline och hos tredje part.
rule-missing-kpi-example =
    ```toml
    {"["}[touchpoint]]
    id = "motoring-podcast"
    name = "Sponsrat inslag i en motorpodd"
    channel = "podcast"
    mode = "online"
    owner = "paid"
    # ingen [[touchpoint.kpi]]
    ```
rule-missing-kpi-fix =
    Lägg till minst en `[[touchpoint.kpi]]` med `name`, nuvarande `value` och ett `target` (`higher_is_better = false` för kostnader, väntetider och liknande). Välj en siffra kunden kan mäta igen i nästa cykel: besök från en spårbar länk, svarsfrekvens, bokningar, NPS. Där inga data finns ännu är den första möjligheten att göra det mätbart (en kod, en länk, en fråga i kassan).
rule-kpi-below-target-what =
    Kontrollerar varje `[[touchpoint.kpi]]` som har ett `target`. Med `higher_is_better = true` (standard) missar en KPI när dess `value` ligger under målet; med `higher_is_better = false` (kostnader, väntetider) när det ligger över. Ett värde lika med målet når det, och en KPI utan mål kan inte missa.

    Slår till en gång per kontaktpunkt och anger varje KPI för kontaktpunkten som missar, med värde, mål och enhet.
rule-kpi-below-target-why =
    KPI:erna är hur kunden följer kundresan från den ena optimeringscykeln till nästa. Ett missat mål är ett uppmätt belägg, inte en åsikt från granskningen, för att en kontaktpunkt inte gör sitt jobb: leadet som aldrig kommer, samtalet ingen svarar på, kunden som inte förnyar. Tillsammans med poängen och smärtpunkterna visar det var nästa cykels insats lönar sig.
rule-kpi-below-target-example =
    ```toml
    {"["}[touchpoint.kpi]]
    name = "Besvarade samtal"
    value = 78
    target = 90
    unit = "%"

    {"["}[touchpoint.kpi]]
    name = "Genomsnittlig väntetid innan svar"
    value = 95
    target = 60
    unit = "sekunder"
    higher_is_better = false
    ```

    Båda KPI:erna missar: 78 % ligger under 90 %, och 95 sekunder ligger över de tillåtna 60.
rule-kpi-below-target-fix =
    Hitta orsaken i kontaktpunktens smärtpunkter (eller intervjua kunderna bakom siffran) och skriv en möjlighet som flyttar KPI:n; kontrollera KPI:n igen i nästa cykel. Om själva målet var orealistiskt, kom överens med kunden om ett nytt och notera varför, i stället för att låta ett mål som ingen tror på stå kvar.
rule-unscored-touchpoint-what =
    Slår till en gång för varje kontaktpunkt vars tabell `[touchpoint.scores]` saknar en eller flera av dimensionerna i `[scoring] dimensions` (som standard närvaro, relevans, konsekvens och upplevelse) och anger de som saknas. En kontaktpunkt med några poängsatta dimensioner får ändå en poäng från dem; en utan någon saknar poäng och lämnas utanför fasens poäng.
rule-unscored-touchpoint-why =
    Poängen gör faserna jämförbara, och det är mot dem nästa optimeringscykel mäts. En saknad dimension faller tyst bort ur medelvärdet, så kontaktpunktens poäng vilar på ett tunnare underlag än grannarnas och kan se bättre (eller sämre) ut än den är; en kontaktpunkt helt utan poäng räknas inte i sin fas. Ibland är det avsiktligt, till exempel för en sida som lanserades om under granskningen, och då är fyndet påminnelsen om att återkomma till den.
rule-unscored-touchpoint-example =
    ```toml
    {"["}[touchpoint]]
    id = "private-lease-page"
    name = "Sida med erbjudanden på privatleasing"
    channel = "website"

    {"["}touchpoint.scores]
    presence = 4
    relevance = 3
    experience = 3
    # consistency saknas
    ```
rule-unscored-touchpoint-fix =
    Poängsätt de saknade dimensionerna utifrån granskningens underlag (mystery shopping, webbanalys, intervjuer). Kan en dimension inte bedömas ännu, lämna den och acceptera fyndet med en `[[waiver]]` vars motivering säger när den ska poängsättas.
rule-missing-personas-what =
    Slår till en gång för hela kundresan när `content/personas/` inte innehåller någon personafil. En persona räcker för att tysta regeln.
rule-missing-personas-why =
    En kundresekarta är någons resa: de typiska kunder som intervjuerna visade, oftast två eller tre personas med egna mål, frågor och frustrationer. Utan dem bedöms varje kontaktpunkt mot en genomsnittskund som inte finns, och Trailmark kan inte se om en fas lämnar en sorts kund utan kontaktpunkt (`persona-gap` behöver personas för att fungera).
rule-missing-personas-example =
    En granskningsmapp med poängkort och undersökningsanteckningar men utan mappen `content/personas/`, eller med en tom.
rule-missing-personas-fix =
    Beskriv utifrån intervjuerna med kunderna (8–10 är ett bra antal) de två eller tre typiska kunderna i `content/personas/<id>.md`, med `name`, `segment`, `share`, `goals` och `frustrations` i front matter:

    ```markdown
    +++
    name = "Mette"
    segment = "Privatkund som byter familjebil"
    share = 55
    goals = ["Veta hela månadskostnaden innan besöket i bilhallen"]
    frustrations = ["Leasingerbjudanden döljer kontantinsatsen"]
    +++

    Mette, 41, byter familjebil inom ett halvår …
    ```

    Ange sedan på varje kontaktpunkt vilka `personas` den är tänkt för (ingen lista betyder alla).
rule-persona-gap-what =
    Slår för varje persona och varje fas med minst en kontaktpunkt till när ingen kontaktpunkt i fasen möter personan: ett fynd per persona och fas, som anger personan. En kontaktpunkt möter de personas som står i dess `personas`; en kontaktpunkt utan den nyckeln möter alla personas, så en enda sådan i en fas tystar regeln där. En tom fas är ett fynd för `empty-stage`, inte för den här regeln, och utan personas har regeln inget att kontrollera (då slår `missing-personas` till i stället).
rule-persona-gap-why =
    Personas går igenom samma faser med olika frågor, i olika kanaler. När alla kontaktpunkter i en fas riktar sig till andra personas möter den kunden inget från varumärket i det steget: den unga köparen av en begagnad bil som aldrig får en servicepåminnelse, flottägaren utan en sida för företagskunder. De luckorna gömmer sig i en fas som i genomsnitt ser väl täckt ut, och det är där ett segment glider över till en konkurrent.
rule-persona-gap-example =
    Med personas `mette`, `henrik` och `freja` ett poängkort för lojalitet där alla kontaktpunkter anger andra personas:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "service-reminder-email"
    name = "Servicepåminnelser via e-post"
    channel = "email"
    personas = ["mette", "henrik"]
    ```

    ger fyndet `persona-gap@loyalty~freja`.
rule-persona-gap-fix =
    Fråga vad personan behöver i fasen och genom vilken kanal den kan nås, och utvidga sedan en befintlig kontaktpunkt till personan (lägg till personan i dess lista `personas` när den verkligen möter personan) eller lägg till en egen kontaktpunkt. Går personan verkligen aldrig igenom fasen, acceptera fyndet med en `[[waiver]]` som anger `stage` och `persona`, med motivering.
rule-too-few-interviews-what =
    Summerar `participants` för undersökningsanteckningarna i `content/research/` vars `method` är `interview` (standardmetoden; `participants` är 1 som standard) och slår till en gång för hela kundresan när summan ligger under `min_interviews` i `[thresholds]` (standard 8). Exakt `min_interviews` är godkänt. Workshoppar, enkäter och dataanalyser räknas inte, hur många som än deltog: de är värdefulla, men de är inte kunden som själv berättar om sin resa.
rule-too-few-interviews-why =
    Kundresekartan är bara så sann som kunderna bakom den. Workshoppar med medarbetarna och webbanalys visar vad företaget ser; intervjuer med 8–10 riktiga kunder, som var och en beskriver vad de gjorde före, under och efter köpet, lyfter fram de frågor, kanaler och källor hos tredje part som företaget aldrig ser, och de är grunden som personas står på. Med färre kan en enda ovanlig kund forma en hel fas.
rule-too-few-interviews-example =
    Med standardvärdet `min_interviews = 8` två intervjuanteckningar:

    ```toml
    # front matter i content/research/interviews-private-buyers.md
    method = "interview"
    participants = 4

    # front matter i content/research/interview-fleet-customer.md
    method = "interview"
    participants = 1
    ```

    ger sammanlagt 5 intervjuade kunder, 3 färre än 8.
rule-too-few-interviews-fix =
    Intervjua fler kunder, fördelade på personas och faser, och skriv upp varje omgång som en undersökningsanteckning med `method = "interview"` och antalet `participants`. Om budgeten inte räcker den här cykeln, acceptera fyndet med en `[[waiver]]` som säger varför och med `until` den cykel då intervjuerna är planerade.
rule-score-regression-what =
    Jämför den här cykelns poäng med rapporten från förra cykeln (dess ögonblicksbild i `history/`), så som båda rapporterna publicerar dem (avrundade till en decimal). Slår till en gång för varje kontaktpunkt vars poäng är lägre än i förra cykeln: en nedgång av vilken storlek som helst räknas, en oförändrad poäng gör det inte. En kontaktpunkt känns igen på sitt id, eller på sitt `previous_id` om den har döpts om; en som är ny den här cykeln, har försvunnit sedan sist eller saknar poäng i någon av cyklerna lämnas utanför.

    Slår till en gång för varje fas vars poäng på samma kontaktpunkter har sjunkit: medelvärdet, nu och då, av de kontaktpunkter fasen har i båda cyklerna, med poäng i båda. En kontaktpunkt som lagts till i fasen, tagits bort ur den eller flyttats in eller ut är en ändrad omfattning, inte en försämring (det säger `scope-change`), så en nyligen kartlagd kontaktpunkt med låg poäng får inte en fas som blivit bättre att se sämre ut.

    Utan en ögonblicksbild av förra cykeln i `history/` finns inget att jämföra med, och regeln kan inte slå till: en kunds första granskning har aldrig det här fyndet.
rule-score-regression-why =
    En kundresa förbättras i optimeringscykler, och varje cykel bör lämna den bättre än den förra. En poäng som sjunker är förlorad mark: en kampanj ersatte en användbar sida, ett team slutade svara på recensioner, en partners service blev sämre. Sådana försämringar är lätta att missa i en rapport som bara visar läget just nu, och de är billigast att vända medan orsaken fortfarande är färsk.
rule-score-regression-example =
    Förra cykelns `history/2026-Q3.json` innehåller

    ```json
    {"{"}"touchpoints": [{"{"}"id": "search-ads", "stage": "awareness", "score": 70.0{"}"}]{"}"}
    ```

    och den här cykelns poängkort ger samma kontaktpunkt lägre poäng:

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
    Jämför kontaktpunktens poäng, anteckningar, smärtpunkter och KPI:er med förra cykelns för att hitta den dimension som sjönk och varför, och skriv sedan en möjlighet som tar tillbaka den. Speglar nedgången en strängare och rättvisare bedömning snarare än en sämre kundresa, skriv det i fasens anteckning och acceptera fyndet med en `[[waiver]]` med `until` nästa cykel.
rule-emotional-low-point-what =
    Slår till en gång för varje kontaktpunkt vars `emotion`, för någon persona, ligger på eller under `low_emotion` i `[thresholds]` (standard -2), oavsett vilken poäng kontaktpunkten får. Med en tabell över känslor (`emotion = {"{"} mette = -2, henrik = 0 {"}"}`) räknas varje personas värde; med ett enda tal gäller känslan alla personas som kontaktpunkten möter. Meddelandet anger varje persona på eller under gränsen och kontaktpunktens smärtpunkter. Fyndets område är området för den första av kontaktpunktens smärtpunkter som anger ett (`area = "technology"`), annars kontaktpunkter.
rule-emotional-low-point-why =
    Poängen mäter hur väl en kontaktpunkt är byggd; känslan mäter vad kunden gick igenom. En säljare som ringer tre gånger i veckan kan bli godkänd på närvaro och konsekvens medan kunden bestämmer sig för att aldrig komma tillbaka. Kunder minns det sämsta ögonblicket på en resa mer än genomsnittet, så lågpunkterna förtjänar uppmärksamhet vad poängen än säger.
rule-emotional-low-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "sales-callback"
    name = "Uppringning från säljaren"
    channel = "phone"
    emotion = {"{"} mette = -2, henrik = 0 {"}"}
    pain_points = ["Säljaren ringer tre gånger i veckan"]
    ```

    slår till för Mette, även om kontaktpunkten får 60 poäng.
rule-emotional-low-point-fix =
    Ta reda på tillsammans med kunderna vad som gör ögonblicket så dåligt (smärtpunkterna) och skriv en möjlighet som tar bort det, med effekt och insats. När lågpunkten är åtgärdad, registrera den nya känslan från nästa intervjuomgång.
rule-missing-emotion-data-what =
    Räknar de kontaktpunkter som har en `emotion` (ett tal, eller en tabell med minst en persona; 0 räknas) och slår till en gång för hela kundresan när de är färre än `min_emotion_coverage` procent (standard 50) av alla kontaktpunkter, exakt beräknat: 6 av 12 är 50 % och godkänt, 6 av 13 är det inte. Tyst när granskningen saknar kontaktpunkter.
rule-missing-emotion-data-why =
    Känslokurvan och de känslomässiga lågpunkterna bygger på de känslor som intervjuerna har registrerat. När bara några få kontaktpunkter har en visar kurvan var konsulten råkade fråga, och medelvärden av två siffror får stå för en hel fas stämning.
rule-missing-emotion-data-example =
    Tretton kontaktpunkter, varav tre med `emotion`: 23 % ligger under 50 %.
rule-missing-emotion-data-fix =
    Fråga de intervjuade kunderna hur varje kontaktpunkt kändes och registrera det, per persona där de skiljer sig åt (`emotion = {"{"} mette = -1, henrik = 1 {"}"}`). Sänk `min_emotion_coverage` om granskningen medvetet bara kartlägger känslor där de spelar roll.
rule-thin-persona-evidence-what =
    Summerar för varje persona `participants` för undersökningsanteckningarna med `method = "interview"` (standard) vars front matter anger personan med `persona = "<id>"`, och slår till en gång per persona när summan ligger under `min_interviews_per_persona` i `[thresholds]` (standard 2). Exakt minimum är godkänt. Intervjuer som inte anger någon persona räknas bara i `too-few-interviews`.
rule-thin-persona-evidence-why =
    `too-few-interviews` kontrollerar det totala antalet, så åtta intervjuer med privatkunder blir godkända medan personan för flottkunder vilar på ett enda samtal. Varje persona behöver sitt eget underlag: de mål och frustrationer kartan visar för personan måste komma från mer än en kund.
rule-thin-persona-evidence-example =
    ```toml
    # front matter i content/research/interview-fleet-customer.md
    method = "interview"
    persona = "henrik"
    participants = 1
    ```

    är den enda intervjun som anger `henrik`: 1 ligger under 2.
rule-thin-persona-evidence-fix =
    Intervjua fler kunder från personan och ange den i undersökningsanteckningens nyckel `persona`. Täcker en anteckning flera personas, dela upp den per persona så att var och en får sin andel av deltagarna.
rule-untargeted-persona-what =
    Slår i varje `top`- eller `middle`-fas till för varje persona som ingen kontaktpunkt i fasen anger i sin lista `personas`, men som minst en kontaktpunkt i fasen utan lista möter, förutsatt att minst en kontaktpunkt någonstans i granskningen anger personas (annars är inget riktat och regeln har inget att jämföra). Ett fynd per persona och fas. Där inget i fasen möter personan slår `persona-gap` till i stället.
rule-untargeted-persona-why =
    En kontaktpunkt utan `personas` räknas som att den möter alla, så `persona-gap` kan inte se att inget riktar sig till ett segment. När granskningen riktar sig till privatkunderna med egna kontaktpunkter och företagskunderna bara möter den allmänna webbplatsen, är företagskunderna nådda på papperet men inte i praktiken, just när de jämför leverantörer.
rule-untargeted-persona-example =
    Med personas `mette` och `henrik` ett poängkort för övervägande:

    ```toml
    {"["}[touchpoint]]
    id = "model-pages"
    channel = "website"            # inga personas: möter alla

    {"["}[touchpoint]]
    id = "test-drive-booking"
    channel = "website"
    personas = ["mette"]
    ```

    ger fyndet `untargeted-persona@consideration~henrik`.
rule-untargeted-persona-fix =
    Fråga vad personan behöver för att bestämma sig i fasen och rikta en kontaktpunkt mot det: utvidga en (och lägg till personan i dess lista `personas`) eller lägg till en egen. Är en allmän kontaktpunkt verkligen gjord för personan, ange personan i dess lista.
rule-no-owned-soft-content-what =
    Slår till en gång för hela kundresan när ingen kontaktpunkt, oavsett poäng eller fas, är `owner = "owned"` (standard) med `content = "soft"`. En förtjänad recension eller en köpt advertorial räknas inte: det är inte varumärkets egen röst. En kundresa utan kontaktpunkter slår också till.
rule-no-owned-soft-content-why =
    Mjukt innehåll (guider, kalkylatorer, jämförelser, svar på de frågor kunderna ställer) är hur ett varumärke hjälper innan det säljer. `missing-top-funnel-content` tittar bara på den första fasen; den här regeln fångar den kundresa där varumärket inte publicerar något eget som informerar, någonstans, och lämnar den rollen åt andra.
rule-no-owned-soft-content-example =
    Varje kontaktpunkt är köpt, förtjänad eller hård: sökannonser, en recensionssajt, prislistor och bilhallen.
rule-no-owned-soft-content-fix =
    Publicera en egen guide, kalkylator eller jämförelse där kunderna ställer sina frågor (ofta webbplatsen eller ett nyhetsbrev) och kartlägg den som en kontaktpunkt med `content = "soft"`.
rule-stale-touchpoint-what =
    Slår till för varje kontaktpunkt vars datum i `reviewed` ligger mer än `max_review_age_days` i `[thresholds]` (standard 365) dagar före granskningens `date` i site.toml. Exakt så många dagar är inte inaktuellt. Tyst när granskningen saknar `date`, när kontaktpunkten saknar datum i `reviewed` eller när den granskades efter granskningens datum.
rule-stale-touchpoint-why =
    Webbplatser lanseras om, telefonlinjer läggs om och kampanjer byts ut. En poäng från en gammal genomgång ser lika aktuell ut som resten av rapporten, och kunden agerar på en kontaktpunkt som inte längre ser ut så.
rule-stale-touchpoint-example =
    ```toml
    # site.toml
    date = 2026-11-06

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "owners-club"
    reviewed = 2025-09-30
    ```

    granskades 402 dagar före granskningen.
rule-stale-touchpoint-fix =
    Granska kontaktpunkten igen (mystery shopping, en genomgång av webbplatsen, aktuella KPI:er), uppdatera dess poäng och sätt `reviewed` till den dag du gjorde det.
rule-scope-change-what =
    Jämför kontaktpunkterna i varje fas med ögonblicksbilden av förra cykeln i `history/`, efter id, och slår till en gång för varje fas som har fått eller förlorat kontaktpunkter: lagts till i kundresan, tagits bort ur den eller flyttats mellan faser (en flyttad kontaktpunkt räknas i båda faserna, den den lämnade och den den kom till). Meddelandet anger dem. Ett ändrat namn är ingen ändring, och inte heller ett id som ändrats med `previous_id`: kontaktpunkten är densamma.

    Utan en ögonblicksbild av förra cykeln finns inget att jämföra med, och regeln kan inte slå till.
rule-scope-change-why =
    En fas poäng är medelvärdet av dess kontaktpunkter. När en kontaktpunkt kartläggs för första gången, tas bort eller flyttas, flyttar sig fasens poäng med, även om kundens upplevelse kanske inte har ändrats alls: en nyligen kartlagd kontaktpunkt med 44 poäng kan få en fas som blivit bättre att se ut som ett fall. När den ändrade omfattningen redovisas för sig tar läsaren inte en ändrad poäng för en ändrad kundresa; rapportens sida om utvecklingen sedan förra cykeln och `score-regression` jämför sådana faser på samma kontaktpunkter.
rule-scope-change-example =
    Ögonblicksbilden av förra cykeln har `radio-spot` och `search-ads` i fasen kännedom; den här cykelns poängkort lägger till en kontaktpunkt:

    ```toml
    {"["}[touchpoint]]
    id      = "ev-guide-video"
    name    = "Videoguide: vardagen med en elbil"
    channel = "video"
    ```
rule-scope-change-fix =
    Inget behöver åtgärdas när ändringen är avsiktlig: fyndet är information till läsaren. Skriv i fasens anteckning varför kontaktpunkterna ändrades. Har en kontaktpunkt bara döpts om, ge den `previous_id = "<gammalt id>"` så att den behåller sin historik.

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

//! Interface strings of the report in each report language (en, da, sv).
//!
//! Pure data, no IO. Templates receive the chosen language's strings as a
//! map `t` ([`strings`]) and write `{{ t.findings }}`; Rust code that
//! composes sentences (score explanations, counts) uses [`tr`] and
//! [`fill`]. Numbers and dates are formatted here too, so the whole report
//! speaks one language: Danish and Swedish write a decimal comma.

use std::collections::BTreeMap;

use crate::model::Language;

/// Every interface string: key, English, Danish, Swedish.
static STRINGS: &[[&str; 4]] = &[
    // Page furniture.
    [
        "skip_to_content",
        "Skip to content",
        "Gå til indhold",
        "Hoppa till innehållet",
    ],
    [
        "main_navigation",
        "Main navigation",
        "Hovednavigation",
        "Huvudnavigering",
    ],
    ["nav_overview", "Overview", "Overblik", "Översikt"],
    [
        "change_since",
        "{delta} points since {cycle}",
        "{delta} point siden {cycle}",
        "{delta} poäng sedan {cycle}",
    ],
    [
        "nav_stages",
        "Journey stages",
        "Rejsens faser",
        "Kundresans faser",
    ],
    ["nav_findings", "Findings", "Fund", "Fynd"],
    [
        "nav_recommendations",
        "Recommendations",
        "Anbefalinger",
        "Rekommendationer",
    ],
    ["nav_coverage", "Coverage", "Dækning", "Täckning"],
    ["nav_personas", "Personas", "Personaer", "Personas"],
    [
        "nav_research",
        "Research",
        "Undersøgelser",
        "Undersökningar",
    ],
    [
        "nav_touchpoints",
        "Touchpoints",
        "Kontaktpunkter",
        "Kontaktpunkter",
    ],
    ["nav_rules", "Rules", "Regler", "Regler"],
    ["contents", "Contents", "Indhold", "Innehåll"],
    [
        "data_files",
        "Download the data",
        "Hent data",
        "Ladda ner data",
    ],
    [
        "made_with",
        "Made with Trailmark",
        "Lavet med Trailmark",
        "Skapad med Trailmark",
    ],
    [
        "customer_journey_audit",
        "Customer journey audit",
        "Audit af kunderejsen",
        "Granskning av kundresan",
    ],
    ["client", "Client", "Kunde", "Kund"],
    ["cycle", "Cycle", "Cyklus", "Cykel"],
    // Scores.
    [
        "journey_score",
        "Journey score",
        "Kunderejsens score",
        "Kundresans poäng",
    ],
    ["score", "Score", "Score", "Poäng"],
    ["stage_score", "Stage score", "Fasens score", "Fasens poäng"],
    [
        "touchpoint_score",
        "Touchpoint score",
        "Kontaktpunktets score",
        "Kontaktpunktens poäng",
    ],
    [
        "pass_line",
        "Pass line",
        "Grænse for bestået",
        "Gräns för godkänt",
    ],
    ["passes", "Passes", "Bestået", "Godkänt"],
    ["below_pass", "Below pass", "Under grænsen", "Under gränsen"],
    ["unscored", "Unscored", "Ikke scoret", "Ej bedömd"],
    ["not_scored", "not scored", "ikke scoret", "ej bedömd"],
    [
        "how_score_is_made",
        "How the score is made",
        "Sådan er scoren beregnet",
        "Så räknas poängen fram",
    ],
    ["of", "of", "af", "av"],
    ["pass", "pass", "bestået ved", "godkänt vid"],
    [
        "scale_note",
        "Each dimension is scored from 0 to {scale}; a touchpoint passes at {pass} ({pass_pct}).",
        "Hver dimension scores fra 0 til {scale}; et kontaktpunkt består ved {pass} ({pass_pct}).",
        "Varje dimension bedöms från 0 till {scale}; en kontaktpunkt är godkänd vid {pass} ({pass_pct}).",
    ],
    [
        "expl_stage_mean",
        "Mean of {n} scored touchpoints: ({list}) / {n} = {score}",
        "Gennemsnit af {n} scorede kontaktpunkter: ({list}) / {n} = {score}",
        "Medelvärde av {n} bedömda kontaktpunkter: ({list}) / {n} = {score}",
    ],
    [
        "expl_stage_left_out",
        "{n} unscored touchpoint(s) left out.",
        "{n} kontaktpunkt(er) uden score er udeladt.",
        "{n} kontaktpunkt(er) utan poäng är utelämnade.",
    ],
    [
        "expl_stage_empty",
        "No touchpoints, so the stage scores 0.",
        "Ingen kontaktpunkter, så fasen scorer 0.",
        "Inga kontaktpunkter, så fasen får 0 poäng.",
    ],
    [
        "expl_stage_unscored",
        "No touchpoint is scored yet: the stage is shown as unscored and counts as 0 in the journey score.",
        "Intet kontaktpunkt er scoret endnu: fasen vises uden score og tæller som 0 i kunderejsens score.",
        "Ingen kontaktpunkt är bedömd ännu: fasen visas utan poäng och räknas som 0 i kundresans poäng.",
    ],
    [
        "expl_journey",
        "Mean of the {n} stages: ({list}) / {n} = {score}",
        "Gennemsnit af de {n} faser: ({list}) / {n} = {score}",
        "Medelvärde av de {n} faserna: ({list}) / {n} = {score}",
    ],
    [
        "expl_unscored_touchpoint",
        "No dimension is scored yet.",
        "Ingen dimension er scoret endnu.",
        "Ingen dimension är bedömd ännu.",
    ],
    // Overview.
    [
        "executive_summary",
        "Executive summary",
        "Resumé",
        "Sammanfattning",
    ],
    [
        "journey_map",
        "Journey map",
        "Kunderejsekort",
        "Kundresekarta",
    ],
    [
        "journey_map_intro",
        "The stages from left to right; down each stage its touchpoints with their scores, how each persona feels, the pain points and the actions. Open a stage for all its findings and actions.",
        "Faserne fra venstre mod højre; ned gennem hver fase dens kontaktpunkter med score, hvordan hver persona har det, smertepunkterne og handlingerne. Åbn en fase for alle dens fund og handlinger.",
        "Faserna från vänster till höger; nedåt i varje fas dess kontaktpunkter med poäng, hur varje persona känner, smärtpunkterna och åtgärderna. Öppna en fas för alla dess fynd och åtgärder.",
    ],
    [
        "no_touchpoints_gap",
        "No touchpoints: gap",
        "Ingen kontaktpunkter: hul",
        "Inga kontaktpunkter: lucka",
    ],
    [
        "top_recommendations",
        "Top five recommendations",
        "De fem vigtigste anbefalinger",
        "De fem viktigaste rekommendationerna",
    ],
    [
        "all_recommendations",
        "All recommendations",
        "Alle anbefalinger",
        "Alla rekommendationer",
    ],
    ["at_a_glance", "At a glance", "Kort fortalt", "I korthet"],
    [
        "open_findings_count",
        "Open findings",
        "Åbne fund",
        "Öppna fynd",
    ],
    [
        "stages_below_pass",
        "Stages below pass",
        "Faser under grænsen",
        "Faser under gränsen",
    ],
    [
        "touchpoints_count",
        "Touchpoints",
        "Kontaktpunkter",
        "Kontaktpunkter",
    ],
    [
        "journey_charts",
        "The journey in charts",
        "Kunderejsen i diagrammer",
        "Kundresan i diagram",
    ],
    [
        "see_all_findings",
        "See all findings",
        "Se alle fund",
        "Se alla fynd",
    ],
    // Touchpoints and scorecards.
    ["stage", "Stage", "Fase", "Fas"],
    ["stages", "Stages", "Faser", "Faser"],
    ["touchpoint", "Touchpoint", "Kontaktpunkt", "Kontaktpunkt"],
    [
        "touchpoints",
        "Touchpoints",
        "Kontaktpunkter",
        "Kontaktpunkter",
    ],
    [
        "touchpoints_intro",
        "Every touchpoint in the audit, by stage. Select a name to open its scorecard.",
        "Alle kontaktpunkter i auditten, fase for fase. Vælg et navn for at åbne scorekortet.",
        "Alla kontaktpunkter i granskningen, fas för fas. Välj ett namn för att öppna poängkortet.",
    ],
    ["name", "Name", "Navn", "Namn"],
    ["channel", "Channel", "Kanal", "Kanal"],
    [
        "mode",
        "Online or offline",
        "Online eller offline",
        "Online eller offline",
    ],
    ["online", "Online", "Online", "Online"],
    ["offline", "Offline", "Offline", "Offline"],
    ["owner", "Ownership", "Ejerskab", "Ägarskap"],
    ["owner_owned", "Owned", "Egen", "Egen"],
    ["owner_paid", "Paid", "Betalt", "Betald"],
    ["owner_earned", "Earned", "Fortjent", "Förtjänad"],
    [
        "owner_third-party",
        "Third-party",
        "Tredjepart",
        "Tredje part",
    ],
    ["content", "Content", "Indhold", "Innehåll"],
    [
        "content_soft",
        "Soft content",
        "Blødt indhold",
        "Mjukt innehåll",
    ],
    [
        "content_hard",
        "Hard content",
        "Hårdt indhold",
        "Hårt innehåll",
    ],
    [
        "content_none",
        "No content",
        "Intet indhold",
        "Inget innehåll",
    ],
    ["emotion", "Emotion", "Følelse", "Känsla"],
    ["emotion_-2", "Frustrated", "Frustreret", "Frustrerad"],
    ["emotion_-1", "Negative", "Negativ", "Negativ"],
    ["emotion_0", "Neutral", "Neutral", "Neutral"],
    ["emotion_1", "Positive", "Positiv", "Positiv"],
    ["emotion_2", "Delighted", "Begejstret", "Förtjust"],
    [
        "emotion_unknown",
        "Not recorded",
        "Ikke registreret",
        "Ej registrerad",
    ],
    [
        "funnel_top",
        "Top of the funnel",
        "Toppen af tragten",
        "Toppen av tratten",
    ],
    [
        "funnel_middle",
        "Middle of the funnel",
        "Midten af tragten",
        "Mitten av tratten",
    ],
    [
        "funnel_bottom",
        "Bottom of the funnel",
        "Bunden af tragten",
        "Botten av tratten",
    ],
    [
        "funnel_post",
        "After the purchase",
        "Efter købet",
        "Efter köpet",
    ],
    ["scorecards", "Scorecards", "Scorekort", "Poängkort"],
    ["dimension", "Dimension", "Dimension", "Dimension"],
    ["weight", "Weight", "Vægt", "Vikt"],
    ["kpis", "KPIs", "KPI'er", "KPI:er"],
    ["kpi", "KPI", "KPI", "KPI"],
    ["value", "Value", "Værdi", "Värde"],
    ["target", "Target", "Mål", "Mål"],
    ["result", "Result", "Resultat", "Resultat"],
    ["met", "Met", "Nået", "Uppnått"],
    ["missed", "Missed", "Ikke nået", "Ej uppnått"],
    ["no_target", "No target", "Intet mål", "Inget mål"],
    [
        "higher_is_better",
        "higher is better",
        "højere er bedre",
        "högre är bättre",
    ],
    [
        "lower_is_better",
        "lower is better",
        "lavere er bedre",
        "lägre är bättre",
    ],
    [
        "no_kpis",
        "No KPI recorded.",
        "Ingen KPI registreret.",
        "Ingen KPI registrerad.",
    ],
    [
        "pain_points",
        "Pain points",
        "Smertepunkter",
        "Smärtpunkter",
    ],
    [
        "opportunities",
        "Opportunities",
        "Muligheder",
        "Möjligheter",
    ],
    [
        "none_recorded",
        "None recorded.",
        "Ingen registreret.",
        "Inga registrerade.",
    ],
    [
        "personas_served",
        "Personas served",
        "Personaer, der betjenes",
        "Personas som nås",
    ],
    [
        "all_personas",
        "All personas",
        "Alle personaer",
        "Alla personas",
    ],
    ["linked_note", "Note", "Note", "Anteckning"],
    ["reviewed", "Reviewed", "Gennemgået", "Granskad"],
    [
        "stage_notes",
        "Notes on this stage",
        "Noter om fasen",
        "Anteckningar om fasen",
    ],
    [
        "more_notes",
        "More notes",
        "Flere noter",
        "Fler anteckningar",
    ],
    [
        "no_stage_note",
        "No note has been written for this stage.",
        "Der er ikke skrevet en note om denne fase.",
        "Ingen anteckning har skrivits om denna fas.",
    ],
    [
        "stage_empty_text",
        "This stage has no touchpoints. Customers who reach it meet nothing from the brand: a gap in the journey.",
        "Fasen har ingen kontaktpunkter. Kunder, der når hertil, møder intet fra brandet: et hul i kunderejsen.",
        "Fasen har inga kontaktpunkter. Kunder som når hit möter inget från varumärket: en lucka i kundresan.",
    ],
    [
        "previous_stage",
        "Previous stage",
        "Forrige fase",
        "Föregående fas",
    ],
    ["next_stage", "Next stage", "Næste fase", "Nästa fas"],
    // Findings.
    ["findings", "Findings", "Fund", "Fynd"],
    ["findings_lower", "findings", "fund", "fynd"],
    ["finding_lower", "finding", "fund", "fynd"],
    [
        "findings_intro",
        "What the audit found, by stage and by area. Each finding links to the touchpoint it concerns and to the rule that explains it.",
        "Det, auditten fandt, efter fase og efter område. Hvert fund linker til det kontaktpunkt, det handler om, og til reglen, der forklarer det.",
        "Det granskningen hittade, per fas och per område. Varje fynd länkar till kontaktpunkten det gäller och till regeln som förklarar det.",
    ],
    ["no_findings", "No findings.", "Ingen fund.", "Inga fynd."],
    [
        "no_open_findings",
        "No open findings.",
        "Ingen åbne fund.",
        "Inga öppna fynd.",
    ],
    [
        "journey_wide",
        "The whole journey",
        "Hele kunderejsen",
        "Hela kundresan",
    ],
    ["by_stage", "By stage", "Efter fase", "Per fas"],
    ["by_area", "By area", "Efter område", "Per område"],
    ["area", "Area", "Område", "Område"],
    ["area_content", "Content", "Indhold", "Innehåll"],
    ["area_data", "Data", "Data", "Data"],
    [
        "area_touchpoints",
        "Touchpoints",
        "Kontaktpunkter",
        "Kontaktpunkter",
    ],
    ["area_technology", "Technology", "Teknologi", "Teknik"],
    [
        "area_research",
        "Research",
        "Undersøgelser",
        "Undersökningar",
    ],
    ["severity", "Severity", "Alvorlighed", "Allvarlighetsgrad"],
    // Client-facing: the ids (error, warning, info) stay in JSON and CLI.
    ["severity_error", "Critical", "Kritisk", "Kritisk"],
    ["severity_warning", "Important", "Vigtig", "Viktig"],
    ["severity_info", "Minor", "Mindre", "Mindre"],
    [
        "accepted_gaps",
        "Accepted gaps",
        "Accepterede huller",
        "Accepterade luckor",
    ],
    [
        "accepted_intro",
        "Findings that were agreed to be accepted this cycle, each with its reason. They do not count as open findings.",
        "Fund, der efter aftale accepteres i denne cyklus, hver med sin begrundelse. De tæller ikke som åbne fund.",
        "Fynd som efter överenskommelse accepteras denna cykel, vart och ett med sin motivering. De räknas inte som öppna fynd.",
    ],
    [
        "no_accepted",
        "No gap is accepted this cycle.",
        "Intet hul er accepteret i denne cyklus.",
        "Ingen lucka är accepterad denna cykel.",
    ],
    ["reason", "Reason", "Begrundelse", "Motivering"],
    ["waivers", "Waivers", "Undtagelser", "Undantag"],
    ["waiver_live", "Applies", "Gælder", "Gäller"],
    [
        "waiver_unused",
        "Applies, but matched nothing this cycle",
        "Gælder, men ramte intet i denne cyklus",
        "Gäller, men träffade inget denna cykel",
    ],
    [
        "waiver_expired",
        "Expired: no longer applies",
        "Udløbet: gælder ikke længere",
        "Utgånget: gäller inte längre",
    ],
    ["until", "until", "indtil", "till"],
    ["status", "Status", "Status", "Status"],
    ["scope", "Applies to", "Gælder for", "Gäller för"],
    [
        "everywhere",
        "Every finding of the rule",
        "Alle fund fra reglen",
        "Alla fynd från regeln",
    ],
    ["about_rule", "About the rule", "Om reglen", "Om regeln"],
    // Recommendations.
    [
        "recommendations",
        "Recommendations",
        "Anbefalinger",
        "Rekommendationer",
    ],
    [
        "recommendations_intro",
        "Actions the client can take, ranked. Each says why, where in the journey it applies and which findings it answers.",
        "Handlinger, kunden kan tage, i prioriteret rækkefølge. Hver fortæller hvorfor, hvor i kunderejsen den gælder, og hvilke fund den besvarer.",
        "Åtgärder kunden kan vidta, i prioriterad ordning. Varje rekommendation säger varför, var i kundresan den gäller och vilka fynd den besvarar.",
    ],
    [
        "how_ranking_works",
        "How the ranking works",
        "Sådan er rækkefølgen sat",
        "Så rangordnas rekommendationerna",
    ],
    [
        "ranking_text",
        "Recommendations are ranked by severity first (errors, then warnings, then information). Among equals, the one that starts earlier in the funnel comes first, because a gap near the top loses customers before the later stages can help. Then the one whose findings lie further below the pass line.",
        "Anbefalingerne er først sorteret efter alvorlighed (fejl, så advarsler, så information). Ved lighed kommer den, der starter tidligst i tragten, først, fordi et hul i toppen mister kunder, før de senere faser kan hjælpe. Derefter den, hvis fund ligger længst under grænsen for bestået.",
        "Rekommendationerna sorteras först efter allvarlighetsgrad (fel, sedan varningar, sedan information). Vid lika kommer den som börjar tidigast i tratten först, eftersom en lucka i toppen tappar kunder innan de senare faserna kan hjälpa. Därefter den vars fynd ligger längst under gränsen för godkänt.",
    ],
    [
        "no_recommendations",
        "Nothing to recommend: no open findings.",
        "Intet at anbefale: ingen åbne fund.",
        "Inget att rekommendera: inga öppna fynd.",
    ],
    ["rank", "Rank", "Placering", "Placering"],
    ["why", "Why", "Hvorfor", "Varför"],
    ["answers", "Answers", "Besvarer", "Besvarar"],
    // Rule book.
    ["rule", "Rule", "Regel", "Regel"],
    ["rule_book", "Rule book", "Regelbog", "Regelbok"],
    [
        "rule_book_intro",
        "Every check Trailmark runs, with what it looks for, why it matters for the journey and how to fix what it finds. Severities are the ones this audit uses.",
        "Alle de tjek, Trailmark udfører: hvad de ser efter, hvorfor det betyder noget for kunderejsen, og hvordan fundene rettes. Alvorligheden er den, denne audit bruger.",
        "Alla kontroller Trailmark gör: vad de letar efter, varför det spelar roll för kundresan och hur fynden åtgärdas. Allvarlighetsgraden är den som denna granskning använder.",
    ],
    [
        "what_it_checks",
        "What it checks",
        "Hvad reglen tjekker",
        "Vad regeln kontrollerar",
    ],
    [
        "why_it_matters",
        "Why it matters",
        "Hvorfor det betyder noget",
        "Varför det spelar roll",
    ],
    ["example", "Example", "Eksempel", "Exempel"],
    [
        "how_to_fix",
        "How to fix it",
        "Sådan retter du det",
        "Så åtgärdar du det",
    ],
    [
        "rule_off",
        "Off in this audit",
        "Slået fra i denne audit",
        "Avstängd i denna granskning",
    ],
    [
        "findings_in_report",
        "Findings in this report",
        "Fund i denne rapport",
        "Fynd i denna rapport",
    ],
    [
        "rule_passes",
        "Passes: nothing found.",
        "Bestået: intet fundet.",
        "Godkänt: inget hittat.",
    ],
    ["default_severity", "default", "standard", "standard"],
    // Coverage.
    ["coverage", "Coverage", "Dækning", "Täckning"],
    [
        "coverage_intro",
        "How the touchpoints spread across channels, content and ownership. A healthy journey meets customers in several channels, informs before it sells, and does not rely on the brand's own channels alone.",
        "Hvordan kontaktpunkterne fordeler sig på kanaler, indhold og ejerskab. En sund kunderejse møder kunderne i flere kanaler, informerer før den sælger og hviler ikke kun på brandets egne kanaler.",
        "Hur kontaktpunkterna fördelar sig på kanaler, innehåll och ägarskap. En frisk kundresa möter kunderna i flera kanaler, informerar innan den säljer och vilar inte bara på varumärkets egna kanaler.",
    ],
    [
        "coverage_channels",
        "Channels per stage",
        "Kanaler pr. fase",
        "Kanaler per fas",
    ],
    [
        "coverage_channels_text",
        "Which channels carry each stage. A stage that rests on one channel is fragile: customers who do not use it never meet the brand there.",
        "Hvilke kanaler der bærer hver fase. En fase, der hviler på én kanal, er sårbar: kunder, der ikke bruger den, møder aldrig brandet der.",
        "Vilka kanaler som bär varje fas. En fas som vilar på en kanal är sårbar: kunder som inte använder den möter aldrig varumärket där.",
    ],
    ["content_mix", "Content mix", "Indholdsmiks", "Innehållsmix"],
    [
        "content_mix_text",
        "Soft content informs and inspires (guides, comparisons, calculators); hard content sells (offers, prices, booking). Early stages need soft content, the decision needs hard content.",
        "Blødt indhold informerer og inspirerer (guides, sammenligninger, beregnere); hårdt indhold sælger (tilbud, priser, booking). De tidlige faser kræver blødt indhold, beslutningen kræver hårdt indhold.",
        "Mjukt innehåll informerar och inspirerar (guider, jämförelser, kalkylatorer); hårt innehåll säljer (erbjudanden, priser, bokning). Tidiga faser behöver mjukt innehåll, beslutet behöver hårt innehåll.",
    ],
    [
        "touchpoint_mix",
        "Touchpoint mix",
        "Kontaktpunktsmiks",
        "Kontaktpunktsmix",
    ],
    [
        "touchpoint_mix_text",
        "Owned, paid, earned and third-party touchpoints, online and offline. Much of the journey happens before customers reach the brand's own channels.",
        "Egne, betalte, fortjente og tredjeparts kontaktpunkter, online og offline. Meget af kunderejsen sker, før kunderne når brandets egne kanaler.",
        "Egna, betalda, förtjänade och tredjepartskontaktpunkter, online och offline. Mycket av kundresan sker innan kunderna når varumärkets egna kanaler.",
    ],
    [
        "chart_missing",
        "This chart is not available in this report.",
        "Dette diagram er ikke med i denne rapport.",
        "Detta diagram finns inte i denna rapport.",
    ],
    [
        "chart_data",
        "The data behind the chart",
        "Data bag diagrammet",
        "Data bakom diagrammet",
    ],
    // Personas.
    ["personas", "Personas", "Personaer", "Personas"],
    [
        "personas_intro",
        "The customer types the journey was mapped for, and the touchpoints that serve each of them.",
        "De kundetyper, kunderejsen er kortlagt for, og de kontaktpunkter, der betjener hver af dem.",
        "De kundtyper som kundresan har kartlagts för, och de kontaktpunkter som når var och en av dem.",
    ],
    [
        "no_personas",
        "The audit defines no persona.",
        "Auditten definerer ingen personaer.",
        "Granskningen definierar inga personas.",
    ],
    ["segment", "Segment", "Segment", "Segment"],
    [
        "share",
        "Share of customers",
        "Andel af kunderne",
        "Andel av kunderna",
    ],
    ["goals", "Goals", "Mål", "Mål"],
    [
        "frustrations",
        "Frustrations",
        "Frustrationer",
        "Frustrationer",
    ],
    [
        "persona_touchpoints",
        "Touchpoints that serve this persona",
        "Kontaktpunkter, der betjener personaen",
        "Kontaktpunkter som når denna persona",
    ],
    [
        "persona_not_served",
        "Not served in this stage",
        "Betjenes ikke i denne fase",
        "Nås inte i denna fas",
    ],
    [
        "persona_chart",
        "Personas across the journey",
        "Personaer gennem kunderejsen",
        "Personas längs kundresan",
    ],
    // Research.
    ["research", "Research", "Undersøgelser", "Undersökningar"],
    [
        "research_intro",
        "The interviews, workshops and data reviews behind the audit.",
        "De interviews, workshops og datagennemgange, auditten bygger på.",
        "De intervjuer, workshoppar och datagenomgångar som granskningen bygger på.",
    ],
    [
        "no_research",
        "No research note is part of this audit.",
        "Ingen undersøgelse er med i denne audit.",
        "Ingen undersökning ingår i denna granskning.",
    ],
    ["title", "Title", "Titel", "Titel"],
    ["method", "Method", "Metode", "Metod"],
    ["method_interview", "Interview", "Interview", "Intervju"],
    ["method_workshop", "Workshop", "Workshop", "Workshop"],
    ["method_analytics", "Analytics", "Dataanalyse", "Dataanalys"],
    ["method_survey", "Survey", "Spørgeskema", "Enkät"],
    ["persona", "Persona", "Persona", "Persona"],
    ["date", "Date", "Dato", "Datum"],
    ["participants", "Participants", "Deltagere", "Deltagare"],
    [
        "interviews_total",
        "Interview participants: {n} of the {min} this audit asks for.",
        "Interviewdeltagere: {n} af de {min}, auditten kræver.",
        "Intervjudeltagare: {n} av de {min} som granskningen kräver.",
    ],
    [
        "related_touchpoints",
        "Touchpoints",
        "Kontaktpunkter",
        "Kontaktpunkter",
    ],
    ["notes", "Notes", "Noter", "Anteckningar"],
    ["chart", "Chart", "Diagram", "Diagram"],
    [
        "on_this_page",
        "On this page",
        "På denne side",
        "På denna sida",
    ],
    // The journey map and the executive layer.
    [
        "map_views",
        "View the map for",
        "Vis kortet for",
        "Visa kartan för",
    ],
    [
        "journey_map_for",
        "Journey map for {persona}",
        "Kunderejsekort for {persona}",
        "Kundresekarta för {persona}",
    ],
    [
        "journey_map_persona_intro",
        "The touchpoints, emotion, pain points and actions of one persona across the stages. About the persona:",
        "Én personas kontaktpunkter, følelser, smertepunkter og handlinger gennem faserne. Om personaen:",
        "En personas kontaktpunkter, känslor, smärtpunkter och åtgärder genom faserna. Om personan:",
    ],
    [
        "none_for_persona",
        "No touchpoint for this persona",
        "Intet kontaktpunkt for denne persona",
        "Inget kontaktpunkt för denna persona",
    ],
    [
        "more_on_stage",
        "more on the stage page",
        "mere på fasens side",
        "fler på fasens sida",
    ],
    ["quick_win", "quick win", "hurtig gevinst", "snabb vinst"],
    ["level_low", "Low", "Lav", "Låg"],
    ["level_medium", "Medium", "Middel", "Medel"],
    ["level_high", "High", "Høj", "Hög"],
    [
        "impact_effort",
        "{impact} impact · {effort} effort",
        "Effekt: {impact} · indsats: {effort}",
        "Effekt: {impact} · insats: {effort}",
    ],
    [
        "low_point_text",
        "Low point: {persona} at {touchpoint} in {stage} ({emotion})",
        "Lavpunkt: {persona} ved {touchpoint} i {stage} ({emotion})",
        "Lägsta punkt: {persona} vid {touchpoint} i {stage} ({emotion})",
    ],
    [
        "coverage_sentence",
        "{mapped} of {total} stages mapped; {score} across the mapped stages.",
        "{mapped} af {total} faser kortlagt; {score} på tværs af de kortlagte faser.",
        "{mapped} av {total} faser kartlagda; {score} över de kartlagda faserna.",
    ],
    [
        "unmapped_sentence",
        "Not yet mapped, and counted as 0 in the journey score: {stages}.",
        "Endnu ikke kortlagt og talt som 0 i rejsens score: {stages}.",
        "Ännu inte kartlagd och räknad som 0 i resans poäng: {stages}.",
    ],
    [
        "insight_weakest_below",
        "{stage} is the weakest stage at {score}, below the pass line of {pass}.",
        "{stage} er den svageste fase med {score}, under grænsen for bestået på {pass}.",
        "{stage} är den svagaste fasen med {score}, under godkäntgränsen {pass}.",
    ],
    [
        "insight_weakest_passes",
        "Every mapped stage passes; the weakest is {stage} at {score}.",
        "Alle kortlagte faser består; den svageste er {stage} med {score}.",
        "Alla kartlagda faser är godkända; den svagaste är {stage} med {score}.",
    ],
    [
        "insight_low_point",
        "The emotional low point: {persona} at {touchpoint} in {stage} ({emotion}).",
        "Det følelsesmæssige lavpunkt: {persona} ved {touchpoint} i {stage} ({emotion}).",
        "Den känslomässiga botten: {persona} vid {touchpoint} i {stage} ({emotion}).",
    ],
    [
        "insight_unmapped",
        "Nobody owns the {stage} stage yet: it has no touchpoints.",
        "Ingen ejer fasen {stage} endnu: den har ingen kontaktpunkter.",
        "Ingen äger fasen {stage} ännu: den har inga kontaktpunkter.",
    ],
    [
        "insight_most_findings",
        "{touchpoint} carries {n} open findings, more than any other touchpoint.",
        "{touchpoint} har {n} åbne fund, flere end noget andet kontaktpunkt.",
        "{touchpoint} har {n} öppna fynd, fler än något annat kontaktpunkt.",
    ],
    [
        "insight_quick_wins",
        "{n} of the {total} actions are quick wins: high impact for low effort.",
        "{n} af de {total} handlinger er hurtige gevinster: høj effekt for lav indsats.",
        "{n} av de {total} åtgärderna är snabba vinster: hög effekt för låg insats.",
    ],
    [
        "key_insights",
        "Key insights",
        "Vigtigste indsigter",
        "Viktigaste insikter",
    ],
    [
        "top_actions",
        "Top actions",
        "Vigtigste handlinger",
        "Viktigaste åtgärder",
    ],
    ["impact", "Impact", "Effekt", "Effekt"],
    ["effort", "Effort", "Indsats", "Insats"],
    [
        "consultant_summary",
        "The consultant's summary",
        "Konsulentens opsummering",
        "Konsultens sammanfattning",
    ],
    [
        "all_actions_count",
        "All {n} actions, by stage",
        "Alle {n} handlinger, efter fase",
        "Alla {n} åtgärder, per fas",
    ],
];

/// Month names for dates, January first.
static MONTHS: [[&str; 3]; 12] = [
    ["January", "januar", "januari"],
    ["February", "februar", "februari"],
    ["March", "marts", "mars"],
    ["April", "april", "april"],
    ["May", "maj", "maj"],
    ["June", "juni", "juni"],
    ["July", "juli", "juli"],
    ["August", "august", "augusti"],
    ["September", "september", "september"],
    ["October", "oktober", "oktober"],
    ["November", "november", "november"],
    ["December", "december", "december"],
];

fn column(language: Language) -> usize {
    match language {
        Language::En => 1,
        Language::Da => 2,
        Language::Sv => 3,
    }
}

/// Every string in `language`, by key, for the templates' `t` map.
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    let column = column(language);
    STRINGS.iter().map(|row| (row[0], row[column])).collect()
}

/// One string; empty when the key is unknown (a test keeps the keys used known).
pub fn tr(language: Language, key: &str) -> &'static str {
    let column = column(language);
    STRINGS
        .iter()
        .find(|row| row[0] == key)
        .map_or("", |row| row[column])
}

/// A string with `{name}` placeholders filled in.
pub fn fill(language: Language, key: &str, values: &[(&str, &str)]) -> String {
    let mut text = tr(language, key).to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A number with at most `decimals` decimals, trailing zeros dropped,
/// in the language's decimal sign: `2.8`, `4`, `2,8`.
pub fn number(language: Language, value: f64, decimals: usize) -> String {
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if text == "-0" {
        text = "0".to_string();
    }
    localize_decimal(language, text)
}

/// A score (0 to 100) with exactly one decimal: `56.0`, `56,0`.
pub fn score(language: Language, value: f64) -> String {
    let text = format!("{:.1}", crate::score::round1(value));
    localize_decimal(language, if text == "-0.0" { "0.0".into() } else { text })
}

/// A score as a percentage: `56.0%`, `56,0 %`.
pub fn percent(language: Language, value: f64) -> String {
    with_percent(language, score(language, value))
}

/// A number already formatted, followed by the percent sign as the
/// language writes it.
pub fn with_percent(language: Language, text: String) -> String {
    match language {
        Language::En => format!("{text}%"),
        Language::Da | Language::Sv => format!("{text}\u{a0}%"),
    }
}

/// A number as written (a KPI value, a dimension score) as written in the report language: a decimal comma in Danish
/// and Swedish, a point in English. Shown as given (no rounding).
pub fn plain_number(language: Language, value: f64) -> String {
    let text = format!("{value}");
    match language {
        Language::En => text,
        Language::Da | Language::Sv => text.replace('.', ","),
    }
}

/// A value with its optional unit: `3.4%`, `412 kr.`; Danish and Swedish
/// put a space before `%` as well.
pub fn quantity(language: Language, value: f64, unit: Option<&str>) -> String {
    let value = plain_number(language, value);
    match unit.map(str::trim).filter(|unit| !unit.is_empty()) {
        None => value,
        Some("%") if language == Language::En => format!("{value}%"),
        Some(unit) => format!("{value} {unit}"),
    }
}

/// A touchpoint's (or other item's) name in the report language's quotes.
pub fn quoted(language: Language, name: &str) -> String {
    match language {
        Language::En => format!("“{name}”"),
        Language::Da => format!("»{name}«"),
        Language::Sv => format!("”{name}”"),
    }
}

/// The English plural ending for a count: `""` for one, else `"s"`.
pub fn plural_s(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

fn localize_decimal(language: Language, text: String) -> String {
    match language {
        Language::En => text,
        Language::Da | Language::Sv => text.replace('.', ","),
    }
}

/// A `YYYY-MM-DD` date as the language writes it; other text unchanged.
pub fn date(language: Language, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let parsed = match parts.as_slice() {
        [year, month, day] if year.len() == 4 => month
            .parse::<usize>()
            .ok()
            .zip(day.parse::<u32>().ok())
            .filter(|(month, day)| (1..=12).contains(month) && (1..=31).contains(day))
            .map(|(month, day)| (*year, month, day)),
        _ => None,
    };
    let Some((year, month, day)) = parsed else {
        return iso.to_string();
    };
    let name = MONTHS[month - 1][column(language) - 1];
    match language {
        Language::En => format!("{day} {name} {year}"),
        Language::Da => format!("{day}. {name} {year}"),
        Language::Sv => format!("{day} {name} {year}"),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn keys_are_unique_and_every_string_is_filled() {
        let mut seen = BTreeSet::new();
        for row in STRINGS {
            assert!(seen.insert(row[0]), "duplicate key {}", row[0]);
            for text in &row[1..] {
                assert!(!text.trim().is_empty(), "empty string for {}", row[0]);
            }
        }
    }

    #[test]
    fn placeholders_agree_across_languages() {
        for row in STRINGS {
            let names = |text: &str| -> BTreeSet<String> {
                text.split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
                    .collect()
            };
            assert_eq!(names(row[1]), names(row[2]), "{}", row[0]);
            assert_eq!(names(row[1]), names(row[3]), "{}", row[0]);
        }
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(number(Language::En, 2.8, 2), "2.8");
        assert_eq!(number(Language::En, 4.0, 2), "4");
        assert_eq!(number(Language::Da, 2.75, 2), "2,75");
        assert_eq!(score(Language::En, 56.0), "56.0");
        assert_eq!(score(Language::Sv, 61.25), "61,3");
        assert_eq!(percent(Language::Da, 56.0), "56,0\u{a0}%");
        assert_eq!(date(Language::En, "2026-11-06"), "6 November 2026");
        assert_eq!(date(Language::Da, "2026-11-06"), "6. november 2026");
        assert_eq!(date(Language::Sv, "2026-10-02"), "2 oktober 2026");
        assert_eq!(date(Language::En, "soon"), "soon");
    }

    #[test]
    fn every_string_a_template_uses_exists() {
        let keys: BTreeSet<&str> = STRINGS.iter().map(|row| row[0]).collect();
        for (name, text) in crate::render::html::BUILTIN_TEMPLATES {
            for (index, _) in text.match_indices("t.") {
                let before = text[..index].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let key: String = text[index + 2..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                assert!(keys.contains(key.as_str()), "{name} uses unknown t.{key}");
            }
        }
    }
}

#[cfg(test)]
mod formatting_tests {
    use super::*;

    #[test]
    fn numbers_units_and_quotes() {
        assert_eq!(plain_number(Language::En, 0.031), "0.031");
        assert_eq!(plain_number(Language::Da, 4.5), "4,5");
        assert_eq!(plain_number(Language::Sv, 412.0), "412");
        assert_eq!(score(Language::En, 61.25), "61.3");
        assert_eq!(score(Language::Sv, 60.0), "60,0");
        assert_eq!(quantity(Language::En, 3.4, Some("%")), "3.4%");
        assert_eq!(quantity(Language::Da, 3.4, Some("%")), "3,4 %");
        assert_eq!(quantity(Language::En, 412.0, Some("kr.")), "412 kr.");
        assert_eq!(quantity(Language::En, 14.0, None), "14");
        assert_eq!(quoted(Language::Da, "Chat"), "»Chat«");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(score(Language::En, 55.25), "55.3");
        assert_eq!(score(Language::Da, 55.25), "55,3");
        assert_eq!(quantity(Language::Sv, 3.5, Some("%")), "3,5 %");
        assert_eq!(quantity(Language::En, 3.5, Some("%")), "3.5%");
        assert_eq!(quoted(Language::Da, "Radio"), "»Radio«");
    }
}

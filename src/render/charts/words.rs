//! The words of the charts in the three report languages, and number
//! formatting (Danish and Swedish write a decimal comma).

use crate::model::{ContentKind, Language, Mode, Owner};

/// Fixed labels of the charts in one language.
pub struct Words {
    pub stage: &'static str,
    pub touchpoint: &'static str,
    pub touchpoints: &'static str,
    pub channel: &'static str,
    pub mode: &'static str,
    pub persona: &'static str,
    pub emotion: &'static str,
    pub score: &'static str,
    pub result: &'static str,
    pub passed: &'static str,
    pub below: &'static str,
    pub unscored: &'static str,
    pub no_touchpoints: &'static str,
    pub no_soft_content: &'static str,
    pub total: &'static str,
    pub at_or_above: &'static str,
    pub targeted: &'static str,
    pub general_only: &'static str,
    pub not_served: &'static str,
    pub empty_cell: &'static str,
    pub per_cell: &'static str,
    pub by_owner: &'static str,
    pub by_mode: &'static str,
    pub none: &'static str,
    pub stage_scores: &'static str,
    pub coverage: &'static str,
    pub content_mix: &'static str,
    pub touchpoint_mix: &'static str,
    pub personas: &'static str,
    pub dimensions: &'static str,
}

const EN: Words = Words {
    stage: "Stage",
    touchpoint: "Touchpoint",
    touchpoints: "Touchpoints",
    channel: "Channel",
    mode: "Online or offline",
    persona: "Persona",
    emotion: "Emotion",
    score: "Score",
    result: "Result",
    passed: "Passed",
    below: "Below pass line",
    unscored: "Unscored",
    no_touchpoints: "No touchpoints",
    no_soft_content: "No soft content",
    total: "Total",
    at_or_above: "At or above pass line",
    targeted: "aimed at the persona",
    general_only: "Only touchpoints for every persona",
    not_served: "Empty: not served",
    empty_cell: "Empty: none",
    per_cell: "Touchpoints per cell:",
    by_owner: "By owner:",
    by_mode: "Online and offline:",
    none: "–",
    stage_scores: "Stage scores against the pass line",
    coverage: "Touchpoints by stage and channel",
    content_mix: "Content per stage: soft, hard or none",
    touchpoint_mix: "Touchpoint mix per stage: owner, online and offline",
    personas: "Personas served by stage",
    dimensions: "touchpoint scores by dimension",
};

const DA: Words = Words {
    stage: "Fase",
    touchpoint: "Kontaktpunkt",
    touchpoints: "Kontaktpunkter",
    channel: "Kanal",
    mode: "Online eller offline",
    persona: "Persona",
    emotion: "Følelse",
    score: "Score",
    result: "Resultat",
    passed: "Bestået",
    below: "Under grænsen for bestået",
    unscored: "Ikke vurderet",
    no_touchpoints: "Ingen kontaktpunkter",
    no_soft_content: "Intet blødt indhold",
    total: "I alt",
    at_or_above: "Bestået",
    targeted: "målrettet personaen",
    general_only: "Kun kontaktpunkter for alle personaer",
    not_served: "Tom: ikke dækket",
    empty_cell: "Tom: ingen",
    per_cell: "Kontaktpunkter pr. felt:",
    by_owner: "Efter ejer:",
    by_mode: "Online og offline:",
    none: "–",
    stage_scores: "Faserne scoret mod grænsen for bestået",
    coverage: "Kontaktpunkter pr. fase og kanal",
    content_mix: "Indhold pr. fase: blødt, hårdt eller intet",
    touchpoint_mix: "Kontaktpunkter pr. fase: ejerskab, online og offline",
    personas: "Personaer dækket pr. fase",
    dimensions: "kontaktpunkternes score pr. dimension",
};

const SV: Words = Words {
    stage: "Fas",
    touchpoint: "Kontaktpunkt",
    touchpoints: "Kontaktpunkter",
    channel: "Kanal",
    mode: "Online eller offline",
    persona: "Persona",
    emotion: "Känsla",
    score: "Poäng",
    result: "Resultat",
    passed: "Godkänd",
    below: "Under godkäntgränsen",
    unscored: "Ej bedömd",
    no_touchpoints: "Inga kontaktpunkter",
    no_soft_content: "Inget mjukt innehåll",
    total: "Totalt",
    at_or_above: "Godkänd",
    targeted: "riktade till personan",
    general_only: "Bara kontaktpunkter för alla personas",
    not_served: "Tom: inte täckt",
    empty_cell: "Tom: inga",
    per_cell: "Kontaktpunkter per ruta:",
    by_owner: "Efter ägare:",
    by_mode: "Online och offline:",
    none: "–",
    stage_scores: "Fasernas poäng mot godkäntgränsen",
    coverage: "Kontaktpunkter per fas och kanal",
    content_mix: "Innehåll per fas: mjukt, hårt eller inget",
    touchpoint_mix: "Kontaktpunkter per fas: ägare, online och offline",
    personas: "Personas som nås per fas",
    dimensions: "kontaktpunkternas poäng per dimension",
};

pub fn words(language: Language) -> &'static Words {
    match language {
        Language::En => &EN,
        Language::Da => &DA,
        Language::Sv => &SV,
    }
}

/// Picks the text of `language` from an (en, da, sv) triple.
pub fn pick<T>(language: Language, [en, da, sv]: [T; 3]) -> T {
    match language {
        Language::En => en,
        Language::Da => da,
        Language::Sv => sv,
    }
}

pub fn owner(language: Language, owner: Owner) -> &'static str {
    let names = match owner {
        Owner::Owned => ["Owned", "Ejet", "Ägd"],
        Owner::Paid => ["Paid", "Betalt", "Köpt"],
        Owner::Earned => ["Earned", "Fortjent", "Förtjänad"],
        Owner::ThirdParty => ["Third-party", "Tredjepart", "Tredje part"],
    };
    pick(language, names)
}

pub fn mode(language: Language, mode: Mode) -> &'static str {
    let names = match mode {
        Mode::Online => ["Online", "Online", "Online"],
        Mode::Offline => ["Offline", "Offline", "Offline"],
    };
    pick(language, names)
}

pub fn content(language: Language, content: ContentKind) -> &'static str {
    let names = match content {
        ContentKind::Soft => ["Soft content", "Blødt indhold", "Mjukt innehåll"],
        ContentKind::Hard => ["Hard content", "Hårdt indhold", "Hårt innehåll"],
        ContentKind::None => ["No content", "Intet indhold", "Inget innehåll"],
    };
    pick(language, names)
}

/// The known channels in the order of the format's vocabulary, with their
/// names in each language.
const CHANNELS: &[(&str, [&str; 3])] = &[
    ("website", ["Website", "Hjemmeside", "Webbplats"]),
    ("search", ["Search", "Søgning", "Sök"]),
    (
        "social",
        ["Social media", "Sociale medier", "Sociala medier"],
    ),
    ("email", ["Email", "E-mail", "E-post"]),
    ("newsletter", ["Newsletter", "Nyhedsbrev", "Nyhetsbrev"]),
    ("ads", ["Ads", "Annoncer", "Annonser"]),
    ("display", ["Display", "Display", "Display"]),
    ("video", ["Video", "Video", "Video"]),
    ("blog", ["Blog", "Blog", "Blogg"]),
    ("reviews", ["Reviews", "Anmeldelser", "Recensioner"]),
    (
        "marketplace",
        ["Marketplace", "Markedsplads", "Marknadsplats"],
    ),
    ("app", ["App", "App", "App"]),
    ("chat", ["Chat", "Chat", "Chatt"]),
    ("store", ["Store", "Butik", "Butik"]),
    ("event", ["Event", "Event", "Evenemang"]),
    ("trade-show", ["Trade show", "Messe", "Mässa"]),
    ("print", ["Print", "Tryksager", "Trycksaker"]),
    ("brochure", ["Brochure", "Brochure", "Broschyr"]),
    ("outdoor", ["Outdoor", "Udendørs", "Utomhus"]),
    ("packaging", ["Packaging", "Emballage", "Förpackning"]),
    ("phone", ["Phone", "Telefon", "Telefon"]),
    ("sales", ["Sales", "Salg", "Försäljning"]),
    ("employees", ["Employees", "Medarbejdere", "Medarbetare"]),
    (
        "word-of-mouth",
        ["Word of mouth", "Mund-til-mund", "Mun-till-mun"],
    ),
    (
        "service-center",
        ["Service center", "Servicecenter", "Servicecenter"],
    ),
];

/// Sort key of a channel: known channels in vocabulary order, then others.
pub fn channel_rank(channel: &str) -> usize {
    CHANNELS
        .iter()
        .position(|(id, _)| *id == channel)
        .unwrap_or(CHANNELS.len())
}

/// A channel's display name: translated when known, else the id made readable.
pub fn channel(language: Language, channel: &str) -> String {
    match CHANNELS.iter().find(|(id, _)| *id == channel) {
        Some((_, names)) => pick(language, *names).to_string(),
        None => readable(channel),
    }
}

/// A dimension's display name: the default dimensions translated, others
/// made readable.
pub fn dimension(language: Language, dimension: &str) -> String {
    let names = match dimension {
        "presence" => ["Presence", "Tilstedeværelse", "Närvaro"],
        "relevance" => ["Relevance", "Relevans", "Relevans"],
        "consistency" => ["Consistency", "Konsistens", "Konsekvens"],
        "experience" => ["Experience", "Oplevelse", "Upplevelse"],
        _ => return readable(dimension),
    };
    pick(language, names).to_string()
}

/// `word-of-mouth` as `Word of mouth`.
fn readable(id: &str) -> String {
    let spaced = id.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A number with one decimal, in the language's notation, with a real
/// minus sign.
pub fn dec1(language: Language, value: f64) -> String {
    crate::i18n::score(language, value).replace('-', "\u{2212}")
}

/// A number as short as it goes: `3`, `2.5`.
pub fn short(language: Language, value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e9 {
        crate::i18n::plain_number(language, value).replace('-', "\u{2212}")
    } else {
        dec1(language, value)
    }
}

/// Names joined as a list: `a, b and c`.
pub fn list(language: Language, names: &[String]) -> String {
    let and = pick(language, ["and", "og", "och"]);
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

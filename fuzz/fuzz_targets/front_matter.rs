//! Any text as a note in each kind of place: front matter splitting,
//! parsing and its diagnostics never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const PLACES: [&str; 5] = [
    "_index.md",
    "personas/mette.md",
    "research/interview.md",
    "stages/awareness.md",
    "notes/free.md",
];

fuzz_target!(|input: (u8, &str)| {
    let (place, text) = input;
    trailmark::load::fuzzing::note(PLACES[usize::from(place) % PLACES.len()], text);
});

//! Any text as a scorecard: parsing and its diagnostics never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    trailmark::load::fuzzing::scorecard(text);
});

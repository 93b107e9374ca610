use std::path::Path;

use super::*;

fn demo() -> Charts {
    let audit = crate::audit(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("demo loads");
    Charts::build(&audit.loaded.project, &audit.report)
}

#[test]
fn demo_charts_are_written_for_a_look() {
    let charts = demo();
    if let Ok(dir) = std::env::var("TRAILMARK_CHARTS_DIR") {
        for chart in charts.all() {
            std::fs::write(format!("{dir}/{}.svg", chart.id), &chart.svg).expect("write");
        }
    }
}

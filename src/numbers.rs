//! Rounding shared by the scores and the numbers the report writes, so a
//! score and its text never disagree.

/// Rounds to one decimal, half away from zero, as scores are shown.
pub fn round1(value: f64) -> f64 {
    let scaled = value * 10.0;
    // Values such as 61.25 can sit a hair below the half after scaling;
    // nudge by a relative epsilon so the decimal half rounds away from zero.
    let nudged = scaled + scaled.signum() * scaled.abs() * f64::EPSILON * 4.0;
    nudged.round() / 10.0
}

/// Sums a row of scores.
pub fn total(scores: &[f32]) -> f32 {
    scores.iter().sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_a_row() {
        assert_eq!(total(&[1.0, 2.0]), 3.0);
    }

    // #[test] fn commented_out() {}
}

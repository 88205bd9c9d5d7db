use core::total;

#[test]
fn empty_row_is_zero() {
    assert_eq!(total(&[]), 0.0);
}

#[tokio::test]
async fn sums_in_a_task() {
    assert_eq!(total(&[0.5, 0.5]), 1.0);
}

#[test]
fn rejects_words() {
    assert!(std::process::Command::new(env!("CARGO_BIN_EXE_cli")).arg("x").status().unwrap().success());
}

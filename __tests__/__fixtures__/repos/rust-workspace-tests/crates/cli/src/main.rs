fn parse(arg: &str) -> Vec<f32> {
    arg.split(',').filter_map(|s| s.parse().ok()).collect()
}

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    println!("{}", core::total(&parse(&arg)));
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_a_list() {
        assert_eq!(super::parse("1,2"), vec![1.0, 2.0]);
    }
}

//! Durations as the configuration spells them.

use std::time::Duration;

/// "7d", "48h", "30m", "90s".
pub fn parse_duration(input: &str) -> Option<Duration> {
    let input = input.trim();
    let split = input.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = input.split_at(split);
    let n: u64 = number.parse().ok().filter(|n| *n > 0)?;
    let seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86400,
        _ => return None,
    };
    n.checked_mul(seconds).map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("7d"), Some(Duration::from_secs(604800)));
        assert_eq!(parse_duration("30m"), Some(Duration::from_secs(1800)));
        for bad in ["", "7", "d", "0h", "5w", "-1d"] {
            assert_eq!(parse_duration(bad), None, "{bad:?}");
        }
    }
}

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

/// The duration in its largest whole unit, as a person reads it: (90, "day"), (36, "hour").
/// The unit names the Fluent message's variant (`privacy-duration`).
pub fn in_largest_unit(d: Duration) -> (u64, &'static str) {
    let seconds = d.as_secs();
    [(86400, "day"), (3600, "hour"), (60, "minute")]
        .into_iter()
        .find(|(size, _)| seconds >= *size && seconds.is_multiple_of(*size))
        .map(|(size, unit)| (seconds / size, unit))
        .unwrap_or((seconds, "second"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described() {
        let unit = |s| in_largest_unit(Duration::from_secs(s));
        assert_eq!(unit(90 * 86400), (90, "day"));
        assert_eq!(unit(48 * 3600), (2, "day"));
        assert_eq!(unit(36 * 3600), (36, "hour"));
        assert_eq!(unit(60), (1, "minute"));
        assert_eq!(unit(61), (61, "second"));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("7d"), Some(Duration::from_secs(604800)));
        assert_eq!(parse_duration("30m"), Some(Duration::from_secs(1800)));
        for bad in ["", "7", "d", "0h", "5w", "-1d"] {
            assert_eq!(parse_duration(bad), None, "{bad:?}");
        }
    }
}

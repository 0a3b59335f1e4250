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

/// The duration as a person reads it, in its largest whole unit: "90 days", "48 hours".
pub fn describe_duration(d: Duration) -> String {
    let seconds = d.as_secs();
    let (n, unit) = [(86400, "day"), (3600, "hour"), (60, "minute")]
        .into_iter()
        .find(|(size, _)| seconds >= *size && seconds.is_multiple_of(*size))
        .map(|(size, unit)| (seconds / size, unit))
        .unwrap_or((seconds, "second"));
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described() {
        assert_eq!(
            describe_duration(Duration::from_secs(90 * 86400)),
            "90 days"
        );
        assert_eq!(describe_duration(Duration::from_secs(48 * 3600)), "2 days");
        assert_eq!(
            describe_duration(Duration::from_secs(36 * 3600)),
            "36 hours"
        );
        assert_eq!(describe_duration(Duration::from_secs(60)), "1 minute");
        assert_eq!(describe_duration(Duration::from_secs(61)), "61 seconds");
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

//! Exact arithmetic for written figures.
//!
//! "1.9 million" must come out as exactly 1900000.0, not 1899999.9999999998, and integers up
//! to 2^53 must be exact. A written decimal is kept as an integer mantissa and a count of
//! decimal places; a scale adds to the power of ten, and the float is made by one correctly
//! rounded multiplication or division at the end. Figures too long for that fall back to
//! the standard library's correctly rounded parser.

/// A decimal written with digits: `mantissa × 10^exponent`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decimal {
    pub mantissa: u64,
    pub exponent: i32,
    pub negative: bool,
}

impl Decimal {
    /// Parses digits with optional sign, thousands commas and one decimal point
    /// ("605,000", "-3", "57.85", ".5"). Returns `None` for anything else.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (negative, body) = match s.as_bytes().first() {
            Some(b'-' | b'+') => (s.starts_with('-'), &s[1..]),
            _ => (false, s),
        };
        let mut mantissa: u64 = 0;
        let mut exponent = 0i32;
        let mut seen_point = false;
        let mut digits = 0usize;
        for b in body.bytes() {
            match b {
                b'0'..=b'9' => {
                    mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                    digits += 1;
                    if seen_point {
                        exponent -= 1;
                    }
                }
                b',' if !seen_point => {}
                b'.' if !seen_point => seen_point = true,
                _ => return None,
            }
        }
        (digits > 0).then_some(Decimal {
            mantissa,
            exponent,
            negative,
        })
    }

    /// The value times `10^power`, correctly rounded.
    pub fn scaled(&self, power: i32) -> f64 {
        let e = self.exponent + power;
        let m = self.mantissa as f64;
        let v = if e >= 0 {
            if e <= 22 {
                m * 10f64.powi(e)
            } else {
                format!("{}e{}", self.mantissa, e)
                    .parse()
                    .unwrap_or(f64::MAX)
            }
        } else if e >= -22 {
            m / 10f64.powi(-e)
        } else {
            format!("{}e{}", self.mantissa, e).parse().unwrap_or(0.0)
        };
        let v = if v.is_finite() { v } else { f64::MAX };
        if self.negative {
            -v
        } else {
            v
        }
    }

    pub fn value(&self) -> f64 {
        self.scaled(0)
    }

    /// True for a whole number written without a decimal point.
    pub fn is_integer(&self) -> bool {
        self.exponent == 0
    }
}

/// Multiplies a value by `10^power`, exactly when both are exact.
pub fn scale(value: f64, power: i32) -> f64 {
    let v = if power >= 0 {
        value * 10f64.powi(power)
    } else {
        value / 10f64.powi(-power)
    };
    if v.is_finite() {
        v
    } else {
        f64::MAX.copysign(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_separators_and_decimals_exactly() {
        assert_eq!(Decimal::parse("605,000").unwrap().value(), 605000.0);
        assert_eq!(Decimal::parse("1.9").unwrap().scaled(6), 1_900_000.0);
        assert_eq!(Decimal::parse("57.85").unwrap().value(), 57.85);
        assert_eq!(Decimal::parse("-3").unwrap().value(), -3.0);
        assert_eq!(Decimal::parse("0.57").unwrap().scaled(2), 57.0);
        assert_eq!(
            Decimal::parse("9007199254740993"),
            Some(Decimal {
                mantissa: 9007199254740993,
                exponent: 0,
                negative: false
            })
        );
        assert!(Decimal::parse("1.2.3").is_none());
        assert!(Decimal::parse("").is_none());
        assert!(Decimal::parse("99999999999999999999999").is_none());
    }
}

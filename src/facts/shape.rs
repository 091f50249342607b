//! The shape of a number token and its parsed parts, decided once: the tokenizer keeps
//! `21st`, `1990s`, `3:30`, `1/2`, `12/05/2004` and `2004-05` whole, and this says which of
//! them each is, so the number stage reads the parts instead of parsing the token again.

/// The suffixes of an ordinal written with digits (`21st`, `2nd`, `3rd`, `4th`).
const ORDINAL_SUFFIXES: [&str; 4] = ["st", "nd", "rd", "th"];

/// Is `s` (lowercase) the suffix of an ordinal written with digits?
pub fn is_ordinal_suffix(s: &str) -> bool {
    ORDINAL_SUFFIXES.contains(&s)
}

/// `s` without its ordinal suffix (`21st` → `21`; lowercase input), if it has one.
pub fn strip_ordinal_suffix(s: &str) -> Option<&str> {
    ORDINAL_SUFFIXES.iter().find_map(|x| s.strip_suffix(x))
}

/// What a number token is, by its form alone (the number stage decides what it means).
#[derive(Clone, Debug, PartialEq)]
pub enum NumberShape {
    /// Digits with a sign, thousands separators or a decimal point (`605,000`, `-3`, `1.9`).
    Plain,
    /// `1990s`, `'90s`, `80s`: the decade's first year (`None`: not a decade, `123s`).
    Decade(Option<u32>),
    /// `21st`, `3rd`: the number before the suffix (`None`: it does not parse).
    Ordinal(Option<f64>),
    /// `12/05/2004`, `2004-05-12`: the year, and the month and day when the order shows.
    Date {
        year: u32,
        month_day: Option<(u32, u32)>,
    },
    /// `3:30`, `2:1`: the two sides when both parse, and whether the right one has two digits.
    Colon(Option<(u32, u32, bool)>),
    /// `1/2`, `3/4`: a simple fraction's value.
    Fraction(f64),
    /// `2004-05`, `2004/05`, `1998-2001`: a span of years, first and last.
    YearSpan(u32, u32),
    /// Two figures joined by a hyphen (`5-10`, `2-1`), the hyphen at byte `at` of the
    /// normalized form without its leading minus.
    Pair { at: u32 },
    /// Any other shape (`12/345`, `1-2-3`, `'90`).
    Other,
}

impl NumberShape {
    /// The shape of a number token from its normalized form `norm` and its lowercase `low`.
    pub fn of(norm: &str, low: &str) -> NumberShape {
        let body = norm.trim_start_matches(['-', '+']);
        let shaped = body.contains([':', '/', '⁄', '-'])
            || norm.ends_with(|c: char| c.is_ascii_alphabetic())
            || norm.starts_with('\'');
        if !shaped {
            return NumberShape::Plain;
        }
        if let Some(d) = low.strip_suffix('s') {
            return NumberShape::Decade(decade(d.trim_start_matches('\'')));
        }
        if let Some(d) = strip_ordinal_suffix(low) {
            return NumberShape::Ordinal(d.parse().ok());
        }
        if let Some(date) = numeric_date(norm) {
            return date;
        }
        if let Some((h, m)) = norm.split_once(':') {
            let parts = h.parse::<u32>().ok().zip(m.parse::<u32>().ok());
            return NumberShape::Colon(parts.map(|(hn, mn)| (hn, mn, m.len() == 2)));
        }
        if let Some((a, b)) = norm.split_once(['/', '⁄']) {
            if let Some(f) = simple_fraction(norm) {
                return NumberShape::Fraction(f);
            }
            return year_span(a, b)
                .map_or(NumberShape::Other, |(x, y)| NumberShape::YearSpan(x, y));
        }
        let body = norm.strip_prefix('-').unwrap_or(norm);
        let Some((a, b)) = body.split_once('-') else {
            return NumberShape::Other;
        };
        if b.contains('-') {
            return NumberShape::Other;
        }
        match year_span(a, b) {
            Some((x, y)) => NumberShape::YearSpan(x, y),
            None => NumberShape::Pair { at: a.len() as u32 },
        }
    }

    /// The two sides of a [`NumberShape::Pair`] in the token's normalized form `norm`.
    pub fn pair_sides<'n>(&self, norm: &'n str) -> Option<(&'n str, &'n str)> {
        let NumberShape::Pair { at } = *self else {
            return None;
        };
        let body = norm.strip_prefix('-').unwrap_or(norm);
        let at = at as usize;
        Some((body.get(..at)?, body.get(at + 1..)?))
    }
}

/// The first year of a decade written `1990`, or `90` (1930–2029).
fn decade(d: &str) -> Option<u32> {
    let n: u32 = d.parse().ok()?;
    match d.len() {
        4 => Some(n),
        2 if n >= 30 => Some(1900 + n),
        2 => Some(2000 + n),
        _ => None,
    }
}

/// "1/2", "3/4" as a value.
fn simple_fraction(raw: &str) -> Option<f64> {
    let (a, b) = raw.split_once(['/', '⁄'])?;
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    (a > 0 && a < b && b <= 100).then(|| f64::from(a) / f64::from(b))
}

/// "2004-05", "2004/05", "1998-2001": the first and last years of a span of years.
fn year_span(a: &str, b: &str) -> Option<(u32, u32)> {
    if a.len() != 4 || !(b.len() == 2 || b.len() == 4) {
        return None;
    }
    let y1: u32 = a.parse().ok()?;
    let y2: u32 = b.parse().ok()?;
    let y2 = if b.len() == 2 {
        y1 / 100 * 100 + y2
    } else {
        y2
    };
    if !(1000..=2199).contains(&y1) || y2 <= y1 || y2 - y1 > 50 {
        return None;
    }
    Some((y1, y2))
}

/// A date written with digits: "12/05/2004", "2004-05-12", "25.12.2024".
fn numeric_date(raw: &str) -> Option<NumberShape> {
    let sep = ['/', '-', '.']
        .into_iter()
        .find(|&c| raw.matches(c).count() == 2)?;
    let parts: Vec<&str> = raw.split(sep).collect();
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<_>>>()?;
    let year_first = parts[0].len() == 4;
    let (y, a, b) = if year_first {
        (nums[0], nums[1], nums[2])
    } else if parts[2].len() == 4 || parts[2].len() == 2 {
        let y = if parts[2].len() == 2 {
            2000 + nums[2]
        } else {
            nums[2]
        };
        (y, nums[0], nums[1])
    } else {
        return None;
    };
    let valid = (1..=31).contains(&a)
        && (1..=31).contains(&b)
        && (a <= 12 || b <= 12)
        && (1000..=2199).contains(&y);
    if !valid {
        return None;
    }
    // Year first is always year-month-day; otherwise the order shows only when one part
    // cannot be a month ("25/12/2024", "12/25/2024"); "05/06/2024" keeps only its year.
    let month_day = if year_first && a <= 12 {
        Some((a, b))
    } else if !year_first && a > 12 {
        Some((b, a))
    } else if !year_first && b > 12 {
        Some((a, b))
    } else {
        None
    };
    Some(NumberShape::Date { year: y, month_day })
}

//! Growing the per-document vectors by the rate seen so far.
//!
//! A vector that doubles holds up to twice what it needs and, while it copies, three times:
//! on a text of quote marks (a token per byte) that was most of the memory a run touched, and
//! faulting fresh memory in costs more per page once a process is large. Each stage knows how
//! far through the document it is, so when a vector fills it reserves what the rest of the
//! document should add at the rate so far, plus a sixteenth. Growth stays geometric (at least
//! a quarter more each time), so pushes remain amortized O(1).

/// Makes room in a full `v` for the items still to come, `done` of `total` units (bytes,
/// tokens) into the document. Call before a push.
#[inline]
pub(crate) fn reserve_for_rest<T>(v: &mut Vec<T>, done: usize, total: usize) {
    if v.len() == v.capacity() {
        grow(v, done, total);
    }
}

#[cold]
fn grow<T>(v: &mut Vec<T>, done: usize, total: usize) {
    let held = v.len();
    let rest = total.saturating_sub(done);
    let expected =
        (held as u128 * rest as u128 / done.max(1) as u128).min(usize::MAX as u128 / 2) as usize;
    v.reserve_exact((expected + expected / 16).max(held / 4).max(16));
}

/// Returns the unused tail of `v` when it is more than an eighth.
pub(crate) fn trim<T>(v: &mut Vec<T>) {
    if v.capacity() - v.len() > v.len() / 8 {
        v.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steady_rate_reserves_about_what_is_left() {
        let mut v: Vec<u8> = Vec::with_capacity(100);
        v.extend(std::iter::repeat_n(0, 100));
        // 100 items in the first 1,000 of 10,000 units: 900 more expected.
        reserve_for_rest(&mut v, 1_000, 10_000);
        assert!(
            v.capacity() >= 1_000 && v.capacity() <= 1_060,
            "{}",
            v.capacity()
        );
    }

    #[test]
    fn growth_is_geometric_near_the_end() {
        let mut v: Vec<u8> = Vec::with_capacity(100);
        v.extend(std::iter::repeat_n(0, 100));
        reserve_for_rest(&mut v, 9_999, 10_000);
        assert!(v.capacity() >= 125);
        let mut w: Vec<u8> = Vec::new();
        reserve_for_rest(&mut w, 0, 10);
        assert!(w.capacity() >= 16);
    }

    #[test]
    fn trim_returns_a_large_tail_only() {
        let mut v: Vec<u8> = Vec::with_capacity(1_000);
        v.extend(std::iter::repeat_n(0, 500));
        trim(&mut v);
        assert_eq!(v.capacity(), 500);
        let mut w: Vec<u8> = Vec::with_capacity(1_000);
        w.extend(std::iter::repeat_n(0, 950));
        trim(&mut w);
        assert_eq!(w.capacity(), 1_000);
    }
}

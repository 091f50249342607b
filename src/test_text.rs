//! Fixed-seed invented text for the tests that check a fast path against its general one.

/// `n` items drawn from `alphabet` by a fixed-seed linear congruential generator (the MMIX
/// multiplier and increment), so a test sees the same "random" text on every run and machine.
pub(crate) fn draw<T: Copy>(seed: u64, n: usize, alphabet: &[T]) -> impl Iterator<Item = T> + '_ {
    let mut state = seed;
    (0..n).map(move |_| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        alphabet[(state >> 33) as usize % alphabet.len()]
    })
}

//! Thread counts and the thread pools batch calls run on.
//!
//! A count comes from the caller (`threads=`), so it is checked: `-1` or `0` mean one thread
//! per core (`-1` as in joblib), `1..=MAX_THREADS` that many, anything else is an error.
//! Without the cap, `threads=2**64-1` started spawning threads until the machine gave out.
//!
//! Pools are kept between calls (a kept thread keeps its allocator arena, so the next batch
//! reuses the memory the last one freed), but boundedly: at most [`KEPT_POOLS`] counts and
//! [`MAX_THREADS`] threads in all, the least recently used going first. Calls with many
//! different counts used to leave every pool's threads behind (1,008 OS threads after one call
//! with 1000, 2,007 after another with 999). A pool that cannot be built (the OS refuses a
//! thread) is an error the caller reports, not a panic.

use std::fmt;
use std::sync::{Arc, Mutex};

/// The most threads a call may ask for. Far above any useful count (presswork's work is CPU
/// bound, so more threads than cores only add memory), low enough that a mistyped count fails
/// at once instead of exhausting the machine.
pub const MAX_THREADS: usize = 1024;

/// Distinct thread counts whose pools are kept at once (callers use one or two).
pub const KEPT_POOLS: usize = 4;

/// A thread count that is not `-1`, `0` or `1..=MAX_THREADS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadThreadCount(pub String);

impl fmt::Display for BadThreadCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "threads must be -1 or 0 (one per core) or between 1 and {MAX_THREADS}, not {}",
            self.0
        )
    }
}

impl std::error::Error for BadThreadCount {}

/// Checks a requested count, given as any integer: `0` for one thread per core (`-1` is
/// read as `0`), else the count.
pub fn check_threads(requested: i128) -> Result<usize, BadThreadCount> {
    match requested {
        -1 | 0 => Ok(0),
        n if n > 0 && n <= MAX_THREADS as i128 => Ok(n as usize),
        n => Err(BadThreadCount(n.to_string())),
    }
}

/// The threads a checked count stands for: `0` is one per core.
pub fn resolve(threads: usize) -> usize {
    match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n.min(MAX_THREADS),
    }
}

/// The OS refused to start a pool's threads.
#[derive(Debug)]
pub struct PoolError {
    pub threads: usize,
    pub cause: rayon::ThreadPoolBuildError,
}

impl fmt::Display for PoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not start {} threads ({}); pass fewer threads=",
            self.threads, self.cause
        )
    }
}

impl std::error::Error for PoolError {}

/// A built pool, with the process that built it and its size.
struct KeptPool {
    pid: u32,
    threads: usize,
    pool: Arc<rayon::ThreadPool>,
}

/// The kept pools, most recently used last.
static POOLS: Mutex<Vec<KeptPool>> = Mutex::new(Vec::new());

fn build(threads: usize) -> Result<Arc<rayon::ThreadPool>, PoolError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map(Arc::new)
        .map_err(|cause| PoolError { threads, cause })
}

/// The pool for `threads` (resolved, at most [`MAX_THREADS`]), safe after `fork`: a pool
/// built by another process (the parent, before the fork) has no threads in this one, so it
/// is forgotten, never used or dropped (dropping could wait on a lock one of its threads
/// held), and a new one is built.
pub fn thread_pool(threads: usize) -> Result<Arc<rayon::ThreadPool>, PoolError> {
    let threads = threads.clamp(1, MAX_THREADS);
    // try_lock: after a fork the lock may belong to a thread that does not exist here, and a
    // concurrent call from another thread can simply build its own pool.
    let Ok(mut pools) = POOLS.try_lock() else {
        return build(threads);
    };
    let pid = std::process::id();
    if pools.iter().any(|k| k.pid != pid) {
        let (ours, inherited): (Vec<KeptPool>, Vec<KeptPool>) =
            pools.drain(..).partition(|k| k.pid == pid);
        std::mem::forget(inherited);
        *pools = ours;
    }
    if let Some(i) = pools.iter().position(|k| k.threads == threads) {
        let kept = pools.remove(i);
        let pool = Arc::clone(&kept.pool);
        pools.push(kept);
        return Ok(pool);
    }
    // Make room first, so that the old threads are on their way out before new ones start.
    while !pools.is_empty()
        && (pools.len() >= KEPT_POOLS
            || pools.iter().map(|k| k.threads).sum::<usize>() + threads > MAX_THREADS)
    {
        pools.remove(0);
    }
    let pool = build(threads)?;
    pools.push(KeptPool {
        pid,
        threads,
        pool: Arc::clone(&pool),
    });
    Ok(pool)
}

/// Bounds on the text per unit of parallel work (a chunk). Each chunk becomes one record
/// batch per table, and pandas copies the integer columns to join batches, so chunks stay
/// large: eight per thread (fewer left the last ones running alone on one core), between these
/// sizes. (Memory does not depend on it: each document is dropped once its rows are built.)
pub const MIN_CHUNK_BYTES: usize = 64 << 10;
pub const MAX_CHUNK_BYTES: usize = 8 << 20;

/// Cuts items of the given byte lengths into chunks (index ranges, in order) for `threads`
/// threads. One thread: one chunk, so each table is one record batch, which pandas and polars
/// take without concatenating.
pub fn chunk_bounds(
    lengths: impl Iterator<Item = usize> + Clone,
    threads: usize,
) -> Vec<(usize, usize)> {
    let chunk_bytes = if threads <= 1 {
        usize::MAX
    } else {
        let total: usize = lengths.clone().map(|n| n + 1).sum();
        (total / (8 * threads)).clamp(MIN_CHUNK_BYTES, MAX_CHUNK_BYTES)
    };
    let mut bounds = Vec::new();
    let (mut start, mut size, mut count) = (0, 0usize, 0);
    for (i, n) in lengths.enumerate() {
        size = size.saturating_add(n + 1);
        count = i + 1;
        if size >= chunk_bytes {
            bounds.push((start, i + 1));
            (start, size) = (i + 1, 0);
        }
    }
    if start < count {
        bounds.push((start, count));
    }
    bounds
}

/// Runs `work` on every chunk and returns the results in chunk order, or the first error: on
/// the calling thread when there is one thread or one chunk, else on the kept pool for
/// `threads` (a pool the OS refuses to start is the caller's error type).
pub fn map_chunks<T, E>(
    bounds: &[(usize, usize)],
    threads: usize,
    work: impl Fn(&(usize, usize)) -> Result<T, E> + Sync + Send,
) -> Result<Vec<T>, E>
where
    T: Send,
    E: Send + From<PoolError>,
{
    use rayon::prelude::*;
    if threads <= 1 || bounds.len() <= 1 {
        return bounds.iter().map(work).collect();
    }
    thread_pool(threads)?.install(|| bounds.par_iter().map(work).collect())
}

/// The thread counts of the pools kept now, least recently used first.
pub fn kept_pools() -> Vec<usize> {
    POOLS
        .lock()
        .map(|p| p.iter().map(|k| k.threads).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_checked() {
        assert_eq!(check_threads(-1), Ok(0));
        assert_eq!(check_threads(0), Ok(0));
        assert_eq!(check_threads(3), Ok(3));
        assert_eq!(check_threads(MAX_THREADS as i128), Ok(MAX_THREADS));
        for bad in [-2, MAX_THREADS as i128 + 1, 1 << 61, u64::MAX as i128] {
            let err = check_threads(bad).unwrap_err();
            assert!(err.to_string().contains(&bad.to_string()), "{err}");
        }
        assert!(resolve(0) >= 1);
        assert_eq!(resolve(5), 5);
    }

    #[test]
    fn one_thread_is_one_chunk_and_more_cut_the_items_in_order() {
        let lengths = vec![40_000usize; 50];
        assert_eq!(chunk_bounds(lengths.iter().copied(), 1), [(0, 50)]);
        let bounds = chunk_bounds(lengths.iter().copied(), 2);
        assert!(bounds.len() > 1);
        assert_eq!(bounds.first().map(|b| b.0), Some(0));
        assert_eq!(bounds.last().map(|b| b.1), Some(50));
        assert!(bounds
            .windows(2)
            .all(|w| w[0].1 == w[1].0 && w[0].0 < w[0].1));
        assert!(chunk_bounds(std::iter::empty(), 4).is_empty());
    }

    #[derive(Debug, PartialEq)]
    struct Failed(String);

    impl From<PoolError> for Failed {
        fn from(e: PoolError) -> Self {
            Failed(e.to_string())
        }
    }

    #[test]
    fn chunks_run_in_order_and_the_first_error_is_returned() {
        let bounds: Vec<(usize, usize)> = (0..20).map(|i| (i, i + 1)).collect();
        let caller = std::thread::current().id();
        let on_caller = map_chunks(&bounds[..1], 4, |_| {
            Ok::<_, Failed>(std::thread::current().id())
        });
        assert_eq!(on_caller, Ok(vec![caller]));
        let failed = map_chunks(&bounds, 1, |&(a, _)| {
            if a == 7 {
                Err(Failed("chunk 7".into()))
            } else {
                Ok(a)
            }
        });
        assert_eq!(failed, Err(Failed("chunk 7".into())));
    }

    /// One test for the shared cache (the other tests use no pool), so that no other test's
    /// pools mix in.
    #[test]
    fn the_cache_stays_bounded_and_reuses_pools() {
        // Chunks on a pool come back in order.
        let bounds: Vec<(usize, usize)> = (0..20).map(|i| (i, i + 1)).collect();
        let starts = map_chunks(&bounds, 3, |&(a, _)| Ok::<_, Failed>(a));
        assert_eq!(starts, Ok((0..20).collect::<Vec<_>>()));
        for threads in 1..=12 {
            let pool = thread_pool(threads).unwrap();
            assert_eq!(pool.current_num_threads(), threads);
        }
        let kept = kept_pools();
        assert_eq!(kept, [9, 10, 11, 12]);
        // A used pool becomes the most recent and the same pool is handed out again.
        let a = thread_pool(9).unwrap();
        assert_eq!(kept_pools(), [10, 11, 12, 9]);
        assert!(Arc::ptr_eq(&a, &thread_pool(9).unwrap()));
        // The kept threads never exceed MAX_THREADS in all.
        let _big = thread_pool(MAX_THREADS - 10).unwrap();
        let kept = kept_pools();
        assert!(kept.iter().sum::<usize>() <= MAX_THREADS, "{kept:?}");
        assert_eq!(kept.last(), Some(&(MAX_THREADS - 10)));
        drop(_big);
        let _small = thread_pool(20).unwrap();
        assert!(kept_pools().iter().sum::<usize>() <= MAX_THREADS);
    }
}

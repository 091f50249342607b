//! The extension's allocator, and when it gives freed memory back to the OS.
//!
//! jemalloc keeps the pages presswork frees ("dirty" pages) so that the next call reuses
//! them instead of faulting fresh ones in. Left to itself it hands them back by age
//! (`dirty_decay_ms`), a whole extent at a time: on a large text one tick of that decay can
//! return half a gigabyte that the next stage of the running call, or the next call, needs
//! again, and faulting it back in can cost more than the work did (bug 11 in TESTING.md;
//! it made the time of 64 MB texts jump by 40% at random). So the extension decides when:
//!
//! * while any call runs, and until it has been idle for [`set_release_after`] (120 s by
//!   default: longer than the pauses of a notebook, 15–60 s, so a call after such a pause
//!   does not fault its memory in again; `BENCHMARKS.md`, *Memory policy*), nothing goes
//!   back: decay is off (`-1`) on every arena;
//! * once presswork has been idle that long, a small thread returns every unused page at
//!   once and turns decay on, so that memory freed later (a DataFrame dropped afterwards)
//!   goes back as jemalloc's default would;
//! * the next call turns decay off again.
//!
//! A batch job that calls presswork back to back never re-faults its own memory, and a
//! notebook gets its memory back two minutes after it stops calling. [`release_memory`] hands it
//! back at once.
//!
//! The state lives in atomics, not behind a lock, so that a process forked while the thread
//! was switching cannot deadlock: the child, which has no such thread, starts its own.

use std::sync::atomic::AtomicPtr;
use std::sync::atomic::Ordering::SeqCst;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, AtomicUsize};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// jemalloc, where the extension uses it (Linux with glibc).
#[cfg(all(target_os = "linux", not(target_env = "musl")))]
mod jemalloc {
    pub(super) const PRESENT: bool = true;

    /// jemalloc for the extension's own allocations. A batch allocates its tables afresh (about
    /// 12 bytes of columns per byte of text) and frees them when Python drops the DataFrame;
    /// glibc hands such blocks back to the OS and the next batch faults every page in again
    /// (a quarter of the time of `pw.tokens` over 50 MB went to the kernel). jemalloc keeps them
    /// for reuse, as polars does for the same reason.
    #[global_allocator]
    static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

    /// jemalloc's configuration, read when it starts (`malloc_conf`, under the crate's `_rjem_`
    /// prefix).
    ///
    /// * `oversize_threshold:0`: by default a freed block of 8 MiB or more (every column of a
    ///   large batch) is purged at once, so the next batch faults all its pages in again: 15–30%
    ///   of the end-to-end time of a 50 MB batch was page faults. Without the threshold, large
    ///   blocks are kept like small ones.
    /// * `dirty_decay_ms:-1`: the extension starts holding its memory (see the module docs).
    /// * `background_thread:true`: once released, memory freed later still goes back to the OS
    ///   while presswork is idle, on jemalloc's own thread.
    #[export_name = "_rjem_malloc_conf"]
    static MALLOC_CONF: ConfString =
        ConfString(c"oversize_threshold:0,background_thread:true,dirty_decay_ms:-1".as_ptr());

    /// A pointer to a static C string, as jemalloc reads `malloc_conf`.
    #[repr(transparent)]
    #[allow(dead_code)] // read by jemalloc, not by Rust
    struct ConfString(*const std::ffi::c_char);

    // SAFETY: it points to an immutable static string.
    unsafe impl Sync for ConfString {}

    /// Sets the dirty-page decay of every arena, and of arenas made later. Best effort: an
    /// arena not yet initialised refuses and is skipped.
    pub(super) fn set_decay(ms: isize) {
        {
            let mut narenas: u32 = 0;
            let mut len = std::mem::size_of::<u32>();
            // SAFETY: NUL-terminated names; old values are read into values of the documented
            // types (`unsigned`, `ssize_t`) with their sizes.
            unsafe {
                if tikv_jemalloc_sys::mallctl(
                    c"arenas.narenas".as_ptr(),
                    (&raw mut narenas).cast(),
                    &mut len,
                    std::ptr::null_mut(),
                    0,
                ) != 0
                {
                    return;
                }
                let mut value = ms;
                for arena in 0..narenas {
                    let name = format!("arena.{arena}.dirty_decay_ms\0");
                    tikv_jemalloc_sys::mallctl(
                        name.as_ptr().cast(),
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                        (&raw mut value).cast(),
                        std::mem::size_of::<isize>(),
                    );
                }
                tikv_jemalloc_sys::mallctl(
                    c"arenas.dirty_decay_ms".as_ptr(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    (&raw mut value).cast(),
                    std::mem::size_of::<isize>(),
                );
            }
        }
    }

    /// Hands every unused page back to the OS now, whatever the decay.
    pub(super) fn purge() {
        // SAFETY: a NUL-terminated name of a void control (`arena.<MALLCTL_ARENAS_ALL>.purge`).
        unsafe {
            tikv_jemalloc_sys::mallctl(
                c"arena.4096.purge".as_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                0,
            );
        }
    }

    /// Arena 0 exists before `malloc_conf` is applied and keeps the default 8 MiB purge
    /// threshold; this lifts it like the others'. Best effort: failure leaves the default.
    pub(super) fn tune() {
        {
            let mut threshold: usize = usize::MAX;
            // SAFETY: a NUL-terminated name, no old value read, and a `size_t` new value with its size.
            unsafe {
                tikv_jemalloc_sys::mallctl(
                    c"arena.0.oversize_threshold".as_ptr(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    (&raw mut threshold).cast(),
                    std::mem::size_of::<usize>(),
                );
            }
        }
    }
}

/// Elsewhere the system allocator, whose release policy is its own.
#[cfg(not(all(target_os = "linux", not(target_env = "musl"))))]
mod jemalloc {
    pub(super) const PRESENT: bool = false;
    pub(super) fn set_decay(_ms: isize) {}
    pub(super) fn purge() {}
    pub(super) fn tune() {}
}

/// Calls hold their memory: decay is off.
const HOLD: u8 = 0;
/// The thread is turning decay on, or a call is turning it off.
const SWITCHING: u8 = 1;
/// Idle: decay is on, unused memory has gone back.
const RELEASED: u8 = 2;
/// No thread could be started (or no jemalloc): jemalloc's own decay, always on.
const UNMANAGED: u8 = 3;

/// Decay once released: jemalloc's default.
const RELEASED_DECAY_MS: isize = 10_000;

static MODE: AtomicU8 = AtomicU8::new(HOLD);
/// Calls running now.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
/// When the last call ended, in [`now_ms`].
static LAST_EXIT_MS: AtomicU64 = AtomicU64::new(0);
/// How long memory is held after the last call: chosen by `bench/memory_policy.py` (a call
/// 15–60 s after the last one costs 1.20/1.15× a call back to back with 10 s, 1.11/1.03× with
/// 120 s, for `pw.tokens`; `BENCHMARKS.md`, *Memory policy*).
static RELEASE_AFTER_MS: AtomicU64 = AtomicU64::new(120_000);
/// The process whose thread watches for idleness: a forked child sees its parent's here.
static WATCHER_PID: AtomicU32 = AtomicU32::new(0);
/// That thread, to wake it; one small handle is leaked per process that starts one.
static WATCHER: AtomicPtr<std::thread::Thread> = AtomicPtr::new(std::ptr::null_mut());

fn now_ms() -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_millis() as u64
}

/// Held for the length of a call into the core: memory stays with presswork meanwhile.
pub(crate) struct Busy(());

impl Busy {
    pub(crate) fn enter() -> Busy {
        // Counted before the mode is read, as the thread sets the mode before it reads the
        // count: one of the two always sees the other.
        ACTIVE.fetch_add(1, SeqCst);
        let pid = std::process::id();
        if WATCHER_PID.load(SeqCst) != pid {
            start_watcher(pid);
        }
        if MODE.load(SeqCst) != HOLD {
            hold();
        }
        Busy(())
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        LAST_EXIT_MS.store(now_ms(), SeqCst);
        ACTIVE.fetch_sub(1, SeqCst);
    }
}

/// Turns decay off if the thread turned it on.
fn hold() {
    loop {
        match MODE.compare_exchange(RELEASED, SWITCHING, SeqCst, SeqCst) {
            Ok(_) => {
                jemalloc::set_decay(-1);
                MODE.store(HOLD, SeqCst);
                wake_watcher();
                return;
            }
            // The thread is releasing (or has just seen this call and is backing off).
            Err(SWITCHING) => std::thread::sleep(Duration::from_micros(200)),
            Err(_) => return,
        }
    }
}

fn start_watcher(pid: u32) {
    let previous = WATCHER_PID.load(SeqCst);
    if previous == pid
        || WATCHER_PID
            .compare_exchange(previous, pid, SeqCst, SeqCst)
            .is_err()
    {
        return; // another thread of this process started it
    }
    if previous != 0 && MODE.load(SeqCst) != UNMANAGED {
        // A forked child: the parent's thread did not come along and may have been switching.
        // Marked released, the caller's `hold` turns decay off again whatever the state.
        MODE.store(RELEASED, SeqCst);
    }
    if !jemalloc::PRESENT {
        MODE.store(UNMANAGED, SeqCst);
        return;
    }
    match std::thread::Builder::new()
        .name("presswork-memory".into())
        .spawn(watch)
    {
        Ok(handle) => WATCHER.store(Box::into_raw(Box::new(handle.thread().clone())), SeqCst),
        Err(_) => {
            jemalloc::set_decay(RELEASED_DECAY_MS);
            MODE.store(UNMANAGED, SeqCst);
        }
    }
}

fn wake_watcher() {
    let watcher = WATCHER.load(SeqCst);
    if !watcher.is_null() {
        // SAFETY: set once per process from a leaked box, never freed.
        unsafe { (*watcher).unpark() };
    }
}

/// The watching thread: sleeps until presswork has been idle for the release delay, then
/// turns decay on and sleeps until a call turns it off.
fn watch() {
    loop {
        if MODE.load(SeqCst) != HOLD {
            std::thread::park();
            continue;
        }
        let after = RELEASE_AFTER_MS.load(SeqCst);
        if ACTIVE.load(SeqCst) > 0 {
            std::thread::park_timeout(Duration::from_millis(after.max(10)));
            continue;
        }
        let idle = now_ms().saturating_sub(LAST_EXIT_MS.load(SeqCst));
        if idle < after {
            std::thread::park_timeout(Duration::from_millis((after - idle).max(10)));
            continue;
        }
        if MODE
            .compare_exchange(HOLD, SWITCHING, SeqCst, SeqCst)
            .is_err()
        {
            continue;
        }
        if ACTIVE.load(SeqCst) > 0 {
            MODE.store(HOLD, SeqCst);
            continue;
        }
        jemalloc::set_decay(RELEASED_DECAY_MS);
        // Setting the decay only schedules the return on jemalloc's background thread.
        jemalloc::purge();
        MODE.store(RELEASED, SeqCst);
    }
}

/// Sets how long presswork keeps freed memory after its last call.
pub(crate) fn set_release_after(seconds: f64) {
    RELEASE_AFTER_MS.store((seconds * 1000.0).round() as u64, SeqCst);
    wake_watcher();
}

/// Leaves freed memory to jemalloc's own decay from now on (`ms` for dirty pages, with its
/// background thread), instead of holding it while calls run and releasing it after the delay:
/// the alternative policy that `bench/memory_policy.py --decays` measures. Not part of the API.
pub(crate) fn leave_to_jemalloc(ms: isize) {
    if jemalloc::PRESENT {
        MODE.store(UNMANAGED, SeqCst);
        jemalloc::set_decay(ms);
    }
}

/// Whether presswork is holding its freed memory (`"hold"`), has handed it back
/// (`"released"`), or leaves it to jemalloc (`"unmanaged"`).
pub(crate) fn state() -> &'static str {
    match MODE.load(SeqCst) {
        HOLD | SWITCHING => "hold",
        RELEASED => "released",
        _ => "unmanaged",
    }
}

/// Hands every unused page back to the OS now, whatever the state.
pub(crate) fn release_memory() {
    jemalloc::purge();
}

/// Bytes of memory that analysing one byte of text takes at peak: news text with every stage
/// measured 14.2 (TESTING.md, *Memory*); a margin on top.
pub(crate) const ANALYSIS_BYTES_PER_BYTE: usize = 16;

/// Allocations smaller than this are not checked: they cannot run a process out of memory
/// on their own, and checking costs an allocation.
const CHECKED_FROM: usize = 16 << 20;

/// Whether `bytes` of memory can be had now: they are reserved fallibly and handed straight
/// back. An allocation that fails inside Rust code aborts the process (Rust has no stable way
/// to recover from it), so the calls that scale with their input ask first and raise
/// `MemoryError` instead. The answer holds for the allocations that follow: jemalloc keeps the
/// address space it was given and carves them out of it. It is an estimate, not a promise:
/// input far denser than news (a token per byte) needs more than is asked for here.
pub(crate) fn can_allocate(bytes: usize) -> bool {
    if bytes < CHECKED_FROM {
        return true;
    }
    let mut probe: Vec<u8> = Vec::new();
    let reserved = probe.try_reserve_exact(bytes).is_ok();
    // Seen by the optimiser as used: an allocation nothing reads may be left out.
    std::hint::black_box(probe.as_mut_ptr());
    reserved
}

/// Run when the module is imported.
pub(crate) fn tune_allocator() {
    jemalloc::tune();
}

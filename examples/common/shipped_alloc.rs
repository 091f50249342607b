//! The allocator the Python extension ships with (jemalloc on Linux with glibc, configured as
//! in `src/python/memory.rs` while calls run: decay off, large blocks kept), so that a speed
//! bench measures the allocator a user of the package gets, not glibc's `malloc`.
//!
//! With the `python` feature the library installs jemalloc itself; elsewhere the system's
//! allocator stays.

#[cfg(all(target_os = "linux", not(target_env = "musl"), not(feature = "python")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// The extension's `malloc_conf` (see `src/python/memory.rs`).
#[cfg(all(target_os = "linux", not(target_env = "musl"), not(feature = "python")))]
#[export_name = "_rjem_malloc_conf"]
static MALLOC_CONF: ConfString =
    ConfString(c"oversize_threshold:0,background_thread:true,dirty_decay_ms:-1".as_ptr());

/// A pointer to a static C string, as jemalloc reads `malloc_conf`.
#[cfg(all(target_os = "linux", not(target_env = "musl"), not(feature = "python")))]
#[repr(transparent)]
#[allow(dead_code)] // read by jemalloc, not by Rust
struct ConfString(*const std::ffi::c_char);

// SAFETY: it points to an immutable static string.
#[cfg(all(target_os = "linux", not(target_env = "musl"), not(feature = "python")))]
unsafe impl Sync for ConfString {}

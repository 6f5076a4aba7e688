//! The built-in pause image: what holds an awsvpc task's network namespace (and a task-scoped
//! PID or IPC namespace) when the operator names no pause image of their own.
//!
//! The ECS agent ships its pause image as a tarball inside its package and loads it into Docker
//! at start, so a host that cannot reach a registry still runs awsvpc tasks. Keel carries its
//! pause program in the binary instead: a static executable of a few dozen instructions that
//! waits for signals forever, written out as bytes below for each CPU architecture the agent
//! runs on. [`ensure_image`](crate::image::ensure_image) never pulls [`IMAGE`]: when the runtime
//! does not have it, it imports [`rootfs`] under that name.
//!
//! The pause container runs with an init process (Docker's `--init`), which forwards the stop
//! signal; the pause program has no handler, so SIGTERM ends it.

use std::io;

/// The reference of the built-in pause image. The tag changes whenever the program does, so a
/// host that has an older one imports the new one next to it.
pub const IMAGE: &str = "keel/pause:0.1.0";

/// The command the built-in image runs.
pub const COMMAND: &str = "/pause";

/// Where a program is mapped: the usual base of a non-relocatable Linux executable.
const BASE: u64 = 0x40_0000;
const ELF_HEADER_LEN: u16 = 64;
const PROGRAM_HEADER_LEN: u16 = 56;

/// `pause(2)` in a loop: `mov eax, 34; syscall; jmp back to the mov`.
const X86_64_CODE: [u8; 9] = [0xb8, 0x22, 0x00, 0x00, 0x00, 0x0f, 0x05, 0xeb, 0xf7];

/// arm64 has no `pause(2)`; `ppoll(NULL, 0, NULL, NULL)` (syscall 73) likewise sleeps until a
/// signal. `mov x0..x3, #0; mov x8, #73; svc #0; b back to the first mov`, little-endian words.
const AARCH64_CODE: [u32; 7] = [
    0xd280_0000,
    0xd280_0001,
    0xd280_0002,
    0xd280_0003,
    0xd280_0928,
    0xd400_0001,
    0x17ff_fffa,
];

/// The pause program as an ELF executable for `arch` (Rust's names: `x86_64`, `aarch64`), or
/// `None` for an architecture without one.
pub fn program(arch: &str) -> Option<Vec<u8>> {
    let (machine, code): (u16, Vec<u8>) = match arch {
        "x86_64" => (0x3e, X86_64_CODE.to_vec()),
        "aarch64" => (
            0xb7,
            AARCH64_CODE.iter().flat_map(|w| w.to_le_bytes()).collect(),
        ),
        _ => return None,
    };
    let code_offset = u64::from(ELF_HEADER_LEN + PROGRAM_HEADER_LEN);
    let len = code_offset + code.len() as u64;
    let mut elf = Vec::with_capacity(len as usize);
    // ELF header: 64-bit, little-endian, version 1, System V ABI.
    elf.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0]);
    elf.extend_from_slice(&[0; 8]);
    elf.extend_from_slice(&2u16.to_le_bytes()); // ET_EXEC
    elf.extend_from_slice(&machine.to_le_bytes());
    elf.extend_from_slice(&1u32.to_le_bytes()); // EV_CURRENT
    elf.extend_from_slice(&(BASE + code_offset).to_le_bytes()); // entry point
    elf.extend_from_slice(&u64::from(ELF_HEADER_LEN).to_le_bytes()); // program headers
    elf.extend_from_slice(&0u64.to_le_bytes()); // no section headers
    elf.extend_from_slice(&0u32.to_le_bytes()); // flags
    elf.extend_from_slice(&ELF_HEADER_LEN.to_le_bytes());
    elf.extend_from_slice(&PROGRAM_HEADER_LEN.to_le_bytes());
    elf.extend_from_slice(&1u16.to_le_bytes()); // one program header
    elf.extend_from_slice(&64u16.to_le_bytes()); // section header size (none present)
    elf.extend_from_slice(&0u16.to_le_bytes());
    elf.extend_from_slice(&0u16.to_le_bytes());
    // One loadable segment, read + execute, mapping the whole file.
    elf.extend_from_slice(&1u32.to_le_bytes()); // PT_LOAD
    elf.extend_from_slice(&5u32.to_le_bytes()); // PF_R | PF_X
    elf.extend_from_slice(&0u64.to_le_bytes()); // offset
    elf.extend_from_slice(&BASE.to_le_bytes()); // virtual address
    elf.extend_from_slice(&BASE.to_le_bytes()); // physical address
    elf.extend_from_slice(&len.to_le_bytes()); // size in the file
    elf.extend_from_slice(&len.to_le_bytes()); // size in memory
    elf.extend_from_slice(&0x1000u64.to_le_bytes()); // alignment
    elf.extend_from_slice(&code);
    debug_assert_eq!(elf.len() as u64, len);
    Some(elf)
}

/// The image's root filesystem as a tar archive: `/pause`, executable, owned by root.
pub fn rootfs(arch: &str) -> io::Result<Vec<u8>> {
    let program = program(arch).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::Unsupported,
            format!(
                "Keel has no built-in pause image for the {arch} architecture; \
                 give the agent one with --pause-image"
            ),
        )
    })?;
    let mut archive = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(program.len() as u64);
    header.set_mode(0o755);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    archive.append_data(
        &mut header,
        COMMAND.trim_start_matches('/'),
        program.as_slice(),
    )?;
    archive.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_elf_executables_for_their_machine() {
        for (arch, machine) in [("x86_64", 0x3e_u16), ("aarch64", 0xb7)] {
            let elf = program(arch).unwrap();
            assert_eq!(&elf[..4], b"\x7fELF");
            assert_eq!(u16::from_le_bytes([elf[18], elf[19]]), machine);
            let entry = u64::from_le_bytes(elf[24..32].try_into().unwrap());
            assert_eq!(entry, BASE + 120, "the code follows the two headers");
            let file_size = u64::from_le_bytes(elf[96..104].try_into().unwrap());
            assert_eq!(file_size, elf.len() as u64);
        }
        assert!(program("riscv64").is_none());
    }

    #[test]
    fn the_rootfs_holds_one_executable() {
        let tar = rootfs("x86_64").unwrap();
        let mut archive = tar::Archive::new(tar.as_slice());
        let entries: Vec<_> = archive
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let header = e.header();
                (
                    e.path().unwrap().display().to_string(),
                    header.mode().unwrap(),
                    header.size().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            entries,
            vec![(
                "pause".to_string(),
                0o755,
                program("x86_64").unwrap().len() as u64
            )]
        );
        let err = rootfs("sparc").unwrap_err();
        assert!(err.to_string().contains("--pause-image"), "{err}");
    }

    /// Runs the program for this machine: it must keep running until signalled, then die of
    /// the signal (it has no handler), as the pause container's process does under init.
    #[cfg(all(
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    #[test]
    fn the_program_waits_until_signalled() {
        use std::os::unix::fs::PermissionsExt;
        use std::os::unix::process::ExitStatusExt;
        use std::time::{Duration, Instant};

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pause");
        std::fs::write(&path, program(std::env::consts::ARCH).unwrap()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut child = std::process::Command::new(&path).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        assert!(
            child.try_wait().unwrap().is_none(),
            "pause exited on its own"
        );
        let status = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        let exit = loop {
            if let Some(exit) = child.try_wait().unwrap() {
                break exit;
            }
            assert!(Instant::now() < deadline, "pause outlived SIGTERM");
            std::thread::sleep(Duration::from_millis(10));
        };
        assert_eq!(exit.signal(), Some(15));
    }
}

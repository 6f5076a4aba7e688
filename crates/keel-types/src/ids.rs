//! Identifiers minted by the API edge. ECS task and container-instance IDs are 32 lowercase hex
//! characters (a UUID without dashes); container and capacity-provider ARNs use dashed UUIDs.

/// A new ECS-style 32-hex-character identifier (tasks, container instances).
pub fn new_hex_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A new dashed UUID (request IDs, container ARNs).
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A new 32-hex-character identifier that sorts after every one minted before it in this
/// process: a UUIDv7 (48 bits of Unix milliseconds, then a counter and random bits) without
/// dashes. For records created at a high rate and stored under their ID (tasks): a new key
/// lands at the end of the store's key index instead of on a random page of it, so a commit
/// writes one page for many new keys rather than one page per key.
pub fn new_ordered_hex_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

/// [`new_ordered_hex_id`] as a dashed UUID (audit event IDs, indexed in the trail).
pub fn new_ordered_uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A 64-bit FNV-1a hash of `text`: stable across builds and Rust versions (the standard
/// hasher is not), for names that must map to the same derived name or colour every time.
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `s` looks like an ECS 32-hex identifier.
pub fn is_hex_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `n` bytes from the operating system's CSPRNG (through v4 UUIDs, which carry 122 random bits
/// each; only their random bytes are used).
fn random_bytes(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n + 16);
    while out.len() < n {
        let uuid = uuid::Uuid::new_v4();
        let b = uuid.as_bytes();
        // Bytes 6 and 8 hold the version and variant bits.
        out.extend(
            b.iter()
                .enumerate()
                .filter(|(i, _)| *i != 6 && *i != 8)
                .map(|(_, x)| *x),
        );
    }
    out.truncate(n);
    out
}

fn base32_id(prefix: &str, len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut id = String::from(prefix);
    id.extend(
        random_bytes(len)
            .iter()
            .map(|b| ALPHABET[usize::from(b % 32)] as char),
    );
    id
}

/// A new access key id in AWS's shape: `AKIA` (long-term) or `ASIA` (temporary) and 16
/// characters of A-Z and 2-7.
pub fn new_access_key_id(prefix: &str) -> String {
    base32_id(prefix, 16)
}

/// A new IAM unique id in AWS's shape: a four-letter prefix naming the kind (`AIDA` users,
/// `AROA` roles, `ANPA` managed policies) and 17 characters of A-Z and 2-7.
pub fn new_unique_id(prefix: &str) -> String {
    base32_id(prefix, 17)
}

/// A new 40-character secret access key (240 random bits).
pub fn new_secret_access_key() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    random_bytes(40)
        .iter()
        .map(|b| ALPHABET[usize::from(b % 64)] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_ids_have_ecs_shape_and_differ() {
        let a = new_hex_id();
        let b = new_hex_id();
        assert!(is_hex_id(&a), "{a}");
        assert_ne!(a, b);
        assert!(!is_hex_id("xyz"));
        assert!(!is_hex_id(&new_uuid()));
    }

    #[test]
    fn ordered_ids_have_ecs_shape_and_sort_in_minting_order() {
        let ids: Vec<String> = (0..10_000).map(|_| new_ordered_hex_id()).collect();
        assert!(ids.iter().all(|id| is_hex_id(id)), "{}", ids[0]);
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "not strictly increasing"
        );
        let uuids: Vec<String> = (0..1_000).map(|_| new_ordered_uuid()).collect();
        assert!(uuids.iter().all(|u| uuid::Uuid::parse_str(u).is_ok()));
        assert!(
            uuids.windows(2).all(|w| w[0] < w[1]),
            "not strictly increasing"
        );
    }

    #[test]
    fn access_keys_look_like_aws_keys_and_differ() {
        let a = new_access_key_id("AKIA");
        let b = new_access_key_id("AKIA");
        assert_eq!(a.len(), 20);
        assert!(
            a.starts_with("AKIA")
                && a[4..]
                    .bytes()
                    .all(|c| c.is_ascii_uppercase() || (b'2'..=b'7').contains(&c))
        );
        assert_ne!(a, b);
        let user = new_unique_id("AIDA");
        assert_eq!(user.len(), 21);
        assert!(user.starts_with("AIDA"));
        let secret = new_secret_access_key();
        assert_eq!(secret.len(), 40);
        assert_ne!(secret, new_secret_access_key());
    }
}

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

/// Whether `s` looks like an ECS 32-hex identifier.
pub fn is_hex_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
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
}

//! `nextToken` / `maxResults` as ECS List* operations use them.
//!
//! A token is opaque to clients: here it is base64 of the last key returned, tagged with the
//! operation so a token from one list can't be replayed against another.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::EcsError;

pub fn encode(operation: &str, last: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{operation}\n{last}"))
}

pub fn decode(operation: &str, token: &str) -> Result<String, EcsError> {
    let invalid = || EcsError::invalid("Invalid nextToken");
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim())
        .map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (op, last) = text.split_once('\n').ok_or_else(invalid)?;
    if op != operation {
        return Err(invalid());
    }
    Ok(last.to_string())
}

/// Validates `maxResults` against ECS's range (1..=max) and applies the default.
pub fn page_size(max_results: Option<i32>, default: usize, max: usize) -> Result<usize, EcsError> {
    match max_results {
        None => Ok(default),
        Some(n) if n >= 1 && (n as usize) <= max => Ok(n as usize),
        Some(_) => Err(EcsError::invalid(format!(
            "maxResults must be between 1 and {max}."
        ))),
    }
}

/// One page of `items`, ordered by `key`, after the token's position.
///
/// Items are sorted here (stable, cheap when already in order) because resuming "after the last
/// key returned" is only correct over a sorted sequence.
pub fn paginate<T, K: Fn(&T) -> String>(
    operation: &str,
    mut items: Vec<T>,
    key: K,
    next_token: Option<&str>,
    page: usize,
) -> Result<(Vec<T>, Option<String>), EcsError> {
    let after = next_token.map(|t| decode(operation, t)).transpose()?;
    items.sort_by_cached_key(|item| key(item));
    let mut iter = items
        .into_iter()
        .skip_while(|item| after.as_ref().is_some_and(|a| key(item) <= *a))
        .peekable();
    let mut out = Vec::with_capacity(page.min(128));
    while out.len() < page {
        match iter.next() {
            Some(item) => out.push(item),
            None => break,
        }
    }
    let next = match (iter.peek(), out.last()) {
        (Some(_), Some(last)) => Some(encode(operation, &key(last))),
        _ => None,
    };
    Ok((out, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_everything_once() {
        let items: Vec<String> = (0..25).map(|i| format!("k{i:03}")).collect();
        let mut seen = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let (page, next) =
                paginate("Op", items.clone(), |s| s.clone(), token.as_deref(), 10).unwrap();
            seen.extend(page);
            match next {
                Some(t) => token = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, items);
    }

    #[test]
    fn unsorted_input_is_paged_in_key_order_without_repeats() {
        let items = vec!["m", "b", "z", "a", "q"];
        let (first, next) = paginate("Op", items.clone(), |s| s.to_string(), None, 2).unwrap();
        assert_eq!(first, ["a", "b"]);
        let (second, next) =
            paginate("Op", items.clone(), |s| s.to_string(), next.as_deref(), 2).unwrap();
        assert_eq!(second, ["m", "q"]);
        let (third, next) = paginate("Op", items, |s| s.to_string(), next.as_deref(), 2).unwrap();
        assert_eq!((third, next), (vec!["z"], None));
    }

    #[test]
    fn tokens_are_bound_to_their_operation() {
        let token = encode("ListClusters", "x");
        assert!(decode("ListTasks", &token).is_err());
        assert!(decode("ListClusters", "not base64 !!").is_err());
        assert_eq!(decode("ListClusters", &token).unwrap(), "x");
    }

    #[test]
    fn max_results_is_range_checked() {
        assert_eq!(page_size(None, 100, 100).unwrap(), 100);
        assert!(page_size(Some(0), 100, 100).is_err());
        assert!(page_size(Some(101), 100, 100).is_err());
        assert_eq!(page_size(Some(5), 100, 100).unwrap(), 5);
    }
}

//! Event-stream responses (`application/vnd.amazon.eventstream`), for the operations whose
//! output is a stream of events, such as CloudWatch Logs' StartLiveTail.
//!
//! Each event is one binary message: a prelude (total and header lengths, CRC32), headers
//! (`:message-type`, `:event-type` or `:exception-type`, `:content-type`), the JSON payload and
//! a CRC32 of the whole message. Framing is done by `aws-smithy-eventstream`, the codec the
//! AWS SDKs themselves use (its encoder is symmetric, so it serves a server as well); Keel only
//! decides what the messages say. For AWS JSON services the first message is an
//! `initial-response` event carrying the non-stream members of the output (botocore insists).

use std::pin::Pin;

use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use bytes::Bytes;
use futures::Stream;

/// The content type of an event-stream body.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// One message of an event stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StreamItem {
    /// `:message-type: event`, with the event's member name in the output's stream union.
    Event { event_type: String, payload: Bytes },
    /// `:message-type: exception`: a modeled error in the stream union; it ends the stream.
    Exception {
        exception_type: String,
        payload: Bytes,
    },
}

/// What a streaming operation answers: items in order; the body ends when the stream does.
pub type EventStream = Pin<Box<dyn Stream<Item = StreamItem> + Send>>;

fn header(name: &'static str, value: &str) -> Header {
    Header::new(name, HeaderValue::String(value.to_string().into()))
}

/// Frames one item.
pub fn encode(item: &StreamItem) -> Bytes {
    let message = match item {
        StreamItem::Event {
            event_type,
            payload,
        } => Message::new(payload.clone())
            .add_header(header(":message-type", "event"))
            .add_header(header(":event-type", event_type))
            .add_header(header(":content-type", "application/json")),
        StreamItem::Exception {
            exception_type,
            payload,
        } => Message::new(payload.clone())
            .add_header(header(":message-type", "exception"))
            .add_header(header(":exception-type", exception_type))
            .add_header(header(":content-type", "application/json")),
    };
    let mut out = Vec::with_capacity(message.payload().len() + 128);
    // Writing into a Vec cannot fail; an error would mean headers over the format's limits,
    // which names and content types this short never reach.
    if aws_smithy_eventstream::frame::write_message_to(&message, &mut out).is_err() {
        out.clear();
    }
    Bytes::from(out)
}

/// Reads one framed message back (tests and the fuzz target use it): its headers as strings
/// and its payload. `None` for bytes that are not exactly one valid message.
pub fn decode(bytes: &[u8]) -> Option<(Vec<(String, String)>, Bytes)> {
    let mut buf = bytes;
    let message = aws_smithy_eventstream::frame::read_message_from(&mut buf).ok()?;
    if !buf.is_empty() {
        return None;
    }
    let headers = message
        .headers()
        .iter()
        .map(|h| {
            let value = match h.value() {
                HeaderValue::String(s) => s.as_str().to_string(),
                other => format!("{other:?}"),
            };
            (h.name().as_str().to_string(), value)
        })
        .collect();
    Some((headers, message.payload().clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_event_is_framed_with_prelude_headers_and_crcs() {
        let item = StreamItem::Event {
            event_type: "sessionStart".into(),
            payload: Bytes::from_static(b"{\"sessionId\":\"s\"}"),
        };
        let bytes = encode(&item);
        let total = u32::from_be_bytes(bytes[0..4].try_into().unwrap()) as usize;
        assert_eq!(total, bytes.len());
        let headers_len = u32::from_be_bytes(bytes[4..8].try_into().unwrap()) as usize;
        assert_eq!(
            u32::from_be_bytes(bytes[8..12].try_into().unwrap()),
            crc32(&bytes[0..8]),
            "prelude CRC"
        );
        assert_eq!(
            u32::from_be_bytes(bytes[total - 4..].try_into().unwrap()),
            crc32(&bytes[..total - 4]),
            "message CRC"
        );
        assert_eq!(
            &bytes[12 + headers_len..total - 4],
            b"{\"sessionId\":\"s\"}"
        );
        let (headers, payload) = decode(&bytes).unwrap();
        assert_eq!(
            headers,
            vec![
                (":message-type".to_string(), "event".to_string()),
                (":event-type".to_string(), "sessionStart".to_string()),
                (":content-type".to_string(), "application/json".to_string()),
            ]
        );
        assert_eq!(&payload[..], b"{\"sessionId\":\"s\"}");
    }

    /// CRC-32 (IEEE), bit by bit: an independent check of the framing's checksums.
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for byte in data {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn a_corrupted_message_does_not_decode() {
        let bytes = encode(&StreamItem::Exception {
            exception_type: "SessionTimeoutException".into(),
            payload: Bytes::from_static(b"{}"),
        });
        for i in 0..bytes.len() {
            let mut bad = bytes.to_vec();
            bad[i] ^= 0x40;
            assert!(decode(&bad).is_none(), "flipping byte {i} went unnoticed");
        }
        assert!(decode(&bytes[..bytes.len() - 1]).is_none());
    }

    proptest! {
        #[test]
        fn encoding_round_trips(event in "[a-zA-Z]{1,40}", payload in proptest::collection::vec(any::<u8>(), 0..4096), exception in any::<bool>()) {
            let item = if exception {
                StreamItem::Exception { exception_type: event.clone(), payload: Bytes::from(payload.clone()) }
            } else {
                StreamItem::Event { event_type: event.clone(), payload: Bytes::from(payload.clone()) }
            };
            let (headers, got) = decode(&encode(&item)).expect("decodes");
            prop_assert_eq!(&got[..], &payload[..]);
            let kind = if exception { ":exception-type" } else { ":event-type" };
            prop_assert!(headers.contains(&(kind.to_string(), event)));
        }

        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = decode(&bytes);
        }
    }
}

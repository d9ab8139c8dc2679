//! From bytes to lines: UTF-8 (with or without BOM), else Windows-1252 as old ESDH exports
//! write it; CRLF and CR line ends; a size limit. Nothing else is changed.

use crate::ReadError;

/// The largest document read (bytes): minutes are a few hundred kilobytes; a 50 MB file is
/// not minutes.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// How the bytes were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8.
    Utf8,
    /// Windows-1252 (not valid UTF-8).
    Windows1252,
}

/// Decodes a document, refusing an empty, oversized or binary one.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), ReadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::TooLarge {
            size: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary { offset });
    }
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Encoding::Windows1252,
        ),
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok((text.replace("\r\n", "\n").replace('\r', "\n"), encoding))
}

/// One byte of Windows-1252 (0x80–0x9F differ from Latin-1).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_read_when_the_bytes_are_not_utf8() {
        let (text, encoding) = decode(b"M\xf8dested \x96 \xc6bel\xf8\r\n").unwrap();
        assert_eq!(encoding, Encoding::Windows1252);
        assert_eq!(text, "Mødested – Æbelø\n");
    }

    #[test]
    fn utf8_with_bom_empty_and_binary_input() {
        assert_eq!(decode("\u{feff}Mødedato".as_bytes()).unwrap().0, "Mødedato");
        assert!(matches!(decode(b"  \n "), Err(ReadError::Empty)));
        assert!(matches!(
            decode(b"PK\x03\x04\x00"),
            Err(ReadError::Binary { offset: 4 })
        ));
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
        assert!(matches!(decode(&big), Err(ReadError::TooLarge { .. })));
    }
}

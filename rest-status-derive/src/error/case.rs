//! The default error code: for a 4xx the variant's name in snake_case, for a 5xx
//! `internal_error`.

use rest_status_core::__private::derive::INTERNAL_ERROR_CODE;
use syn::ext::IdentExt as _;
use syn::Ident;

use super::valid::is_server_error;

/// The code of a case that gives none: a 5xx body never carries the variant's name; a
/// 4xx names the variant (or struct), read without a raw identifier's `r#`.
pub(crate) fn default_code(ident: &Ident, status: u16) -> String {
    if is_server_error(status) {
        INTERNAL_ERROR_CODE.to_owned()
    } else {
        snake_case(&ident.unraw().to_string())
    }
}

/// `NotFound` -> `not_found`, with a run of capitals read as one word:
/// `HTTPTimeout` -> `http_timeout`, `InvalidURLPath` -> `invalid_url_path`.
pub(crate) fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut snake = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_uppercase() {
            snake.push(c);
            continue;
        }
        let previous = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let starts_word = match previous {
            None | Some('_') => false,
            // `invalidU` or `http2E`: a new word.
            Some(p) if p.is_lowercase() || p.is_numeric() => true,
            // `URLPath`: the last capital of a run starts the next word.
            Some(p) => p.is_uppercase() && next.is_some_and(char::is_lowercase),
        };
        if starts_word {
            snake.push('_');
        }
        snake.extend(c.to_lowercase());
    }
    snake
}

#[cfg(test)]
mod tests {
    use super::{default_code, snake_case};
    use proc_macro2::Span;
    use syn::Ident;

    #[test]
    fn default_codes() {
        let raw = Ident::new_raw("Type", Span::call_site());
        assert_eq!(default_code(&raw, 404), "type");
        let plain = Ident::new("HTTPTimeout", Span::call_site());
        assert_eq!(default_code(&plain, 408), "http_timeout");
        // A 5xx never carries the name, raw or not.
        assert_eq!(default_code(&plain, 503), "internal_error");
        assert_eq!(default_code(&raw, 500), "internal_error");
    }

    #[test]
    fn words() {
        assert_eq!(snake_case("NotFound"), "not_found");
        assert_eq!(snake_case("InvoiceNotFound"), "invoice_not_found");
        assert_eq!(snake_case("Gone"), "gone");
        assert_eq!(snake_case("A"), "a");
        assert_eq!(snake_case("already_snake"), "already_snake");
        assert_eq!(snake_case("Mixed_Case"), "mixed_case");
    }

    #[test]
    fn acronyms_are_one_word() {
        assert_eq!(snake_case("HTTPTimeout"), "http_timeout");
        assert_eq!(snake_case("InvalidURLPath"), "invalid_url_path");
        assert_eq!(snake_case("IOError"), "io_error");
        assert_eq!(snake_case("BadJSON"), "bad_json");
        assert_eq!(snake_case("URL"), "url");
        assert_eq!(snake_case("APIKeyMissing"), "api_key_missing");
    }

    #[test]
    fn digits() {
        assert_eq!(snake_case("Http2Error"), "http2_error");
        assert_eq!(snake_case("Utf8Error"), "utf8_error");
        assert_eq!(snake_case("Error404"), "error404");
        assert_eq!(snake_case("V2API"), "v2_api");
        assert_eq!(snake_case("OAuth2TokenExpired"), "o_auth2_token_expired");
    }

    #[test]
    fn non_ascii() {
        assert_eq!(snake_case("ÉtatInvalide"), "état_invalide");
    }
}

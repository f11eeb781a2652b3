//! A form with a file, posted as `multipart/form-data`: its text fields,
//! cleaned as every form's are, and its one file, read up to a limit. The
//! server's `form_text` lets only the upload endpoints take such a body, after
//! checking its boundary and its size, so what arrives here is bounded.

use leptos::server_fn::codec::MultipartData;

use super::clean_text;
use crate::error::AppError;

/// The most text one field may hold, in bytes: far above any caption.
const MAX_TEXT_FIELD: usize = 64 * 1024;

/// The most fields a form with a file has.
const MAX_FIELDS: usize = 8;

/// What was posted.
#[derive(Debug, Default)]
pub struct Upload {
    /// The text fields, cleaned, each name once.
    pub fields: Vec<(String, String)>,
    pub file: SentFile,
}

impl Upload {
    /// The text of field `name`, or nothing.
    pub fn text(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    }
}

/// The form's file.
#[derive(Debug, Default)]
pub enum SentFile {
    /// None was chosen (an empty file field).
    #[default]
    Missing,
    /// Larger than the limit: read to its end and dropped.
    TooLarge,
    File {
        /// The sender's name for it, cleaned (it may hold a folder path).
        name: String,
        bytes: Vec<u8>,
    },
}

/// Reads the form `data`, whose file is the field `file_field`, at most
/// `max_file` bytes. A broken body, a field twice or too many fields is a
/// bad request.
pub async fn read(
    data: MultipartData,
    file_field: &str,
    max_file: usize,
) -> Result<Upload, AppError> {
    let mut multipart = data.into_inner().ok_or(AppError::BadRequest)?;
    let mut upload = Upload::default();
    let mut seen = Vec::new();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest)?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if seen.contains(&name) || seen.len() >= MAX_FIELDS {
            return Err(AppError::BadRequest);
        }
        seen.push(name.clone());
        if name == file_field {
            let file_name = clean_text(field.file_name().unwrap_or_default());
            let (bytes, whole) = read_capped(&mut field, max_file).await?;
            upload.file = match (whole, bytes.is_empty() && file_name.is_empty()) {
                (false, _) => SentFile::TooLarge,
                (true, true) => SentFile::Missing,
                (true, false) => SentFile::File {
                    name: file_name,
                    bytes,
                },
            };
        } else {
            let (bytes, whole) = read_capped(&mut field, MAX_TEXT_FIELD).await?;
            let text = String::from_utf8(bytes).map_err(|_| AppError::BadRequest)?;
            if !whole {
                return Err(AppError::BadRequest);
            }
            upload.fields.push((clean_text(&name), clean_text(&text)));
        }
    }
    Ok(upload)
}

/// A field's bytes up to `cap`, and whether that was all of it; the rest
/// is read and dropped, so the fields after it are still read.
async fn read_capped(
    field: &mut multer::Field<'static>,
    cap: usize,
) -> Result<(Vec<u8>, bool), AppError> {
    let mut bytes = Vec::new();
    let mut whole = true;
    while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
        if whole && bytes.len() + chunk.len() <= cap {
            bytes.extend_from_slice(&chunk);
        } else {
            whole = false;
            bytes = Vec::new();
        }
    }
    Ok((bytes, whole))
}

//! The pages that are about the service itself rather than one feature.

mod home_page;
mod not_found_page;
mod offline_page;
mod signed_out_page;

pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use offline_page::OfflinePage;
pub use signed_out_page::SignedOutPage;

//! The `legday` binary: parse arguments, pick the database, hand off to the CLI or the UI.

use std::process::ExitCode;

fn main() -> ExitCode {
    match legday::cli::main(std::env::args_os()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("legday: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}

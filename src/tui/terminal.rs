//! Taking the terminal and giving it back: the one place the UI's terminal set-up and its panic
//! hook are installed, so the app and its tests run the same code.

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

/// Enters the UI's terminal: raw mode and the alternate screen (`ratatui::init`, whose panic
/// hook restores both), mouse capture, bracketed paste, and a panic hook that also releases the mouse before
/// the panic message is printed. Undo with [`leave`].
pub fn enter() -> ratatui::DefaultTerminal {
    let terminal = ratatui::init();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        hook(info);
    }));
    // Bracketed paste: a paste arrives as one text event, so its newlines never press Enter.
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    terminal
}

/// Gives the terminal back: mouse released, main screen, cooked mode.
pub fn leave() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
}

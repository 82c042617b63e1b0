//! Work that must not freeze the window (a native file dialog, loading a plan, an export)
//! runs on a thread of its own; the window polls for the result once a frame.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;

/// A result that a background thread is working on.
#[derive(Debug)]
pub struct Task<T> {
    receiver: Receiver<T>,
}

/// What polling a [`Task`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Poll<T> {
    /// Still working.
    Pending,
    /// Finished with this result.
    Ready(T),
    /// The thread ended without a result (it panicked).
    Lost,
}

impl<T: Send + 'static> Task<T> {
    /// Starts `work` on a new thread named `name`. When no thread can be started the
    /// task is [`Poll::Lost`] at once.
    pub fn spawn(name: &str, work: impl FnOnce() -> T + Send + 'static) -> Self {
        let (sender, receiver) = mpsc::channel();
        // An error here drops the sender, and polling reports the task lost.
        let _ = thread::Builder::new().name(name.to_owned()).spawn(move || {
            // The window may have stopped waiting; then the result is not needed.
            let _ = sender.send(work());
        });
        Self { receiver }
    }
}

impl<T> Task<T> {
    /// The result, if the thread has finished.
    pub fn poll(&self) -> Poll<T> {
        match self.receiver.try_recv() {
            Ok(value) => Poll::Ready(value),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn wait<T>(task: &Task<T>) -> Poll<T> {
        for _ in 0..1000 {
            match task.poll() {
                Poll::Pending => thread::sleep(Duration::from_millis(5)),
                other => return other,
            }
        }
        Poll::Pending
    }

    #[test]
    fn the_result_arrives_without_blocking_the_caller() {
        let (go, wait_for_go) = mpsc::channel::<()>();
        let task = Task::spawn("test", move || {
            let _ = wait_for_go.recv();
            42
        });
        assert_eq!(task.poll(), Poll::Pending, "the work waits for the signal");
        go.send(()).unwrap();
        assert_eq!(wait(&task), Poll::Ready(42));
    }

    #[test]
    fn a_panicking_task_is_lost_not_pending_forever() {
        let task: Task<u8> = Task::spawn("test", || panic!("boom"));
        assert_eq!(wait(&task), Poll::Lost);
    }
}

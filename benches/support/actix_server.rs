//! Serving an actix-web app on 127.0.0.1 for a test or a benchmark: shared by the guard's
//! load bench (`benches/guard_load.rs`) and the end-to-end tests (`tests/support`), each
//! of which includes this file with `#[path]`.

/// Serves the app `factory` builds on 127.0.0.1, on a port of its own, with one worker,
/// on a thread of its own with its own actix runtime; returns its base URL,
/// `http://127.0.0.1:PORT`.
pub fn serve_actix<F, T, B>(factory: F) -> String
where
    F: Fn() -> actix_web::App<T> + Send + Clone + 'static,
    T: actix_web::dev::ServiceFactory<
            actix_web::dev::ServiceRequest,
            Config = (),
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    B: actix_web::body::MessageBody + 'static,
{
    let server = actix_web::HttpServer::new(factory)
        .workers(1)
        .bind(("127.0.0.1", 0))
        .unwrap();
    let address = server.addrs()[0];
    let running = server.run();
    std::thread::spawn(move || actix_web::rt::System::new().block_on(running));
    format!("http://{address}")
}

//! Moderators: adding them, logging them in, and their browser.

use undersigned::db::models::Role;

use super::{TestApp, browser, csrf_in, page_text};

pub const PASSWORD: &str = "a long enough password";

/// A logged-in moderator's browser: keeps cookies, sends the page's CSRF token and Origin.
pub struct AdminSession {
    pub client: reqwest::Client,
    pub address: String,
    pub csrf: String,
}

impl AdminSession {
    pub async fn get(&self, path: &str) -> (u16, String) {
        let res = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    /// The page at `path`, which must answer 200.
    pub async fn get_ok(&self, path: &str) -> String {
        let (status, page) = self.get(path).await;
        assert_eq!(status, 200, "GET {path}:\n{page}");
        page
    }

    /// Posts a form as our own page would: with the CSRF token and our Origin.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &self.csrf));
        self.client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    /// `post`, answering only the status.
    pub async fn post_status(&self, path: &str, fields: &[(&str, &str)]) -> u16 {
        self.post(path, fields).await.status().as_u16()
    }
}

impl TestApp {
    pub fn add_moderator(&self, email: &str, role: Role) {
        let mut conn = self.pool.get().unwrap();
        let actor = undersigned::moderation::Actor {
            id: None,
            name: "test".into(),
        };
        undersigned::moderation::add_moderator(
            &mut conn,
            &actor,
            email,
            role,
            PASSWORD.to_owned().into(),
        )
        .unwrap();
    }

    /// Opens the login page and posts the form; returns the answer.
    pub async fn try_login(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        let page = page_text(client, self.url("/admin/login")).await;
        let csrf = csrf_in(&page).unwrap();
        client
            .post(self.url("/admin/login"))
            .header("origin", &self.address)
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &csrf),
            ])
            .send()
            .await
            .unwrap()
    }

    /// Adds a moderator with `role` and logs them in.
    pub async fn admin(&self, email: &str, role: Role) -> AdminSession {
        self.add_moderator(email, role);
        self.admin_again(email).await
    }

    /// Logs an existing moderator in again, in a new browser.
    pub async fn admin_again(&self, email: &str) -> AdminSession {
        let client = browser(None);
        assert_eq!(
            self.try_login(&client, email, PASSWORD)
                .await
                .status()
                .as_u16(),
            303
        );
        let page = page_text(&client, self.url("/admin")).await;
        AdminSession {
            client,
            address: self.address.clone(),
            csrf: csrf_in(&page).unwrap(),
        }
    }
}

/// `n` logins at once to `address`, the i-th for `email(i)` with a wrong password, each from its
/// own loopback address (127.1.x.y), all with one login form's CSRF token. Answers each status
/// and whether it carried `Retry-After`.
pub async fn login_burst(
    address: &str,
    n: usize,
    email: impl Fn(usize) -> String,
) -> Vec<(u16, bool)> {
    let page = page_text(&browser(None), format!("{address}/admin/login")).await;
    let csrf = csrf_in(&page).unwrap();
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let local = format!("127.1.{}.{}", i / 250, i % 250 + 1);
            let client = reqwest::Client::builder()
                .local_address(local.parse::<std::net::IpAddr>().unwrap())
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let (url, origin) = (format!("{address}/admin/login"), address.to_owned());
            let (csrf, email) = (csrf.clone(), email(i));
            tokio::spawn(async move {
                let res = client
                    .post(url)
                    .header("origin", origin)
                    .header("cookie", format!("undersigned_login_csrf={csrf}"))
                    .form(&[
                        ("email", email.as_str()),
                        ("password", "a wrong guess at the password"),
                        ("csrf_token", &csrf),
                    ])
                    .send()
                    .await
                    .unwrap();
                (
                    res.status().as_u16(),
                    res.headers().contains_key("retry-after"),
                )
            })
        })
        .collect();
    let mut answers = Vec::with_capacity(n);
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

//! Filling in and sending the public forms, as a browser would.

use super::{Mail, SLUG, TestApp};

/// A signature as a form, with sensible values to override.
pub fn individual(name: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "individual".into()),
        ("name", name.into()),
        ("title", "Consultant Psychiatrist".into()),
        ("organisation", "".into()),
        ("email", email.into()),
        ("public", "on".into()),
    ]
}

pub fn organisation(name: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "organisation".into()),
        ("organisation", name.into()),
        ("website", "https://example.org".into()),
        ("name", "Sam Signer".into()),
        ("title", "Chief Executive".into()),
        ("email", email.into()),
    ]
}

/// The signed timestamp in a page's sign form.
pub fn form_stamp(page: &str) -> Option<String> {
    let start = page.find("name=\"form_ts\" value=\"")? + 22;
    Some(page[start..].split('"').next()?.to_owned())
}

pub fn csrf_in(page: &str) -> Option<String> {
    let start = page.find("name=\"csrf_token\" value=\"")? + 25;
    Some(page[start..].split('"').next()?.to_owned())
}

/// A client that keeps cookies and does not follow redirects, from `local` if given.
pub fn browser(local: Option<std::net::IpAddr>) -> reqwest::Client {
    let mut builder = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(ip) = local {
        builder = builder.local_address(ip);
    }
    builder.build().unwrap()
}

/// The seconds an answer asks the client to wait (`Retry-After`).
pub fn retry_after(res: &reqwest::Response) -> u64 {
    res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// The text of the page at `url`, read with `client` (its cookies).
pub async fn page_text(client: &reqwest::Client, url: impl reqwest::IntoUrl) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap()
}

impl TestApp {
    /// Presses the button on the page of a link from a mail (`/verify/…`, `/withdraw/…`):
    /// answers the status.
    pub async fn press(&self, link: &str) -> u16 {
        self.client
            .post(self.url(link))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    /// Posts a form; a sign form gets the signed timestamp its letter page carries, as a
    /// browser would send it.
    pub async fn post_form(&self, path: &str, form: &[(&str, String)]) -> reqwest::Response {
        let mut form = form.to_vec();
        if let Some(letter) = path.strip_suffix("/sign")
            && !form.iter().any(|(k, _)| *k == "form_ts")
        {
            let page = self.get_text(letter).await.1;
            if let Some(stamp) = form_stamp(&page) {
                form.push(("form_ts", stamp));
            }
        }
        self.client
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    /// Asks `/my` for the mail listing what `email` signed, as the page's form sends it.
    pub async fn ask_my(&self, email: &str) -> reqwest::Response {
        let page = self.get_ok("/my").await;
        let stamp = form_stamp(&page).expect("the /my form is stamped");
        self.client
            .post(self.url("/my"))
            .form(&[("email", email), ("form_ts", &stamp)])
            .send()
            .await
            .unwrap()
    }

    pub async fn sign(&self, form: &[(&str, String)]) -> reqwest::Response {
        self.post_form(&format!("/letters/{SLUG}/sign"), form).await
    }

    /// Signs, reads the verification mail, opens its link and presses the button.
    pub async fn sign_and_confirm(&self, form: &[(&str, String)]) -> Mail {
        let before = self.smtp.received().len();
        assert_eq!(self.sign(form).await.status().as_u16(), 303);
        let mail = self.smtp.wait_for(before + 1).await.pop().unwrap();
        let verify = mail.link("/verify/");
        assert_eq!(self.press(&verify).await, 200);
        mail
    }

    /// Signs from the given local address (127.x.y.z), with extra headers.
    pub async fn sign_from(
        &self,
        local: &str,
        form: &[(&str, String)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .local_address(local.parse::<std::net::IpAddr>().unwrap())
            .build()
            .unwrap();
        let page = self.get_text(&format!("/letters/{SLUG}")).await.1;
        let mut form = form.to_vec();
        if let Some(stamp) = form_stamp(&page)
            && !form.iter().any(|(k, _)| *k == "form_ts")
        {
            form.push(("form_ts", stamp));
        }
        let mut request = client
            .post(self.url(&format!("/letters/{SLUG}/sign")))
            .form(&form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.unwrap()
    }
}

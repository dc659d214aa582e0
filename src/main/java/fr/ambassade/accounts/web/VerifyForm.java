package fr.ambassade.accounts.web;

/** The confirmation of an e-mail verification link: the token of the link and the password chosen at sign-up. */
public class VerifyForm {

    private String token;
    private String password;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

// Sign-in rules.
#include "state/session.h"
#include "state/overloaded.h"

namespace hearth::state {

std::string login_failure_message(const api::ApiError& e, bool& needs_second_factor) {
  needs_second_factor = false;
  if (e.kind == api::ApiErrorKind::invalid) {
    if (e.message == "not_activated")
      return "Your account is not activated yet: please follow the link in the e-mail the forum sent you.";
    if (e.message == "invalid_second_factor" || e.message == "second_factor_required") {
      needs_second_factor = true;
      return "Please enter the code from your authenticator app.";
    }
    if (e.message == "demo_has_no_passwords" && !e.details.empty()) return e.details[0];
    return "That username or password is not right. Please try again.";
  }
  return api::member_message(e);
}

LoginForm update_login(LoginForm f, const LoginAction& action, Effects& fx, bool& done) {
  done = false;
  std::visit(Overloaded{
                 [&](const LoginFieldEdited& a) {
                   if (f.phase == LoginForm::Phase::signing_in) return;
                   if (a.field == "login") f.login = a.value;
                   else if (a.field == "password") f.password = a.value;
                   else if (a.field == "second_factor") f.second_factor = a.value;
                 },
                 [&](const LoginPressed&) {
                   if (f.phase == LoginForm::Phase::signing_in) return;
                   if (f.login.empty() || f.password.empty()) {
                     f.phase = LoginForm::Phase::failed;
                     f.message = "Please enter your username (or e-mail) and your password.";
                     return;
                   }
                   f.phase = LoginForm::Phase::signing_in;
                   f.message.clear();
                   fx.push_back(LogIn{api::LoginRequest{f.login, f.password, f.second_factor}});
                 },
                 [&](const LoggedIn&) {
                   f.password.clear();  // never kept longer than needed
                   f.second_factor.clear();
                   f.phase = LoginForm::Phase::writing;
                   done = true;
                 },
                 [&](const LoginFailed& a) {
                   f.phase = LoginForm::Phase::failed;
                   f.message = login_failure_message(a.error, f.needs_second_factor);
                   f.second_factor.clear();
                 },
             },
             action);
  return f;
}

}  // namespace hearth::state

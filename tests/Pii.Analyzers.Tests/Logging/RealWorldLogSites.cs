namespace Pii.Analyzers.Tests.Logging;

/// <summary>
/// A labelled set of real-world logging call sites for measuring PII002 (personal data that reaches a log). Each site
/// reproduces the shape of one call site (or a few from one method) of a public open-source .NET application or
/// sample: the kind of sink, the kind of argument (a member read, a whole object, an interpolated string, a local
/// built from a member, a scope state, a [LoggerMessage] method, an exception message...), rewritten in new identifiers
/// against the shared <see cref="Model"/>. <see cref="LogSite.Source"/> records only where the shape came from.
/// </summary>
/// <remarks>
/// Labels were assigned blind, before and without running the analyzer, by what a privacy reviewer would say: every
/// argument marked <c>{|PII002:...|}</c> carries a value of a tagged member (or a value built from one, or a whole
/// object of a type with tagged members) into a log, console, debug output, activity tag or exception message
/// unredacted; everything unmarked is labelled "does not leak" (ids, counts, statuses, constants, values passed through
/// <c>Redaction.Mask</c>, exception objects, values that never reach a sink). Labels are never changed to match the
/// analyzer. Sites are concatenated with <see cref="Model"/> to compile.
/// </remarks>
internal static class RealWorldLogSites
{
    /// <summary>The shared domain model every site logs, standing in for the applications' own entities.</summary>
    public const string Model = """

        namespace Sites
        {
            using System;
            using System.Collections.Generic;
            using Pii;

            [DataSubject]
            public class Account
            {
                public Guid Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string UserName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string DisplayName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? LastIpAddress { get; set; }

                public bool IsActive { get; set; }

                public bool IsDisabled { get; set; }

                public bool EmailConfirmed { get; set; }

                public int FailedLoginCount { get; set; }

                public int? MaxLoginAttempts { get; set; }

                public DateTime CreatedUtc { get; set; }

                public DateTime? LastActiveUtc { get; set; }

                public string AuthProviderId { get; set; } = "";

                public string? ConfirmationToken { get; set; }

                public List<string> Roles { get; set; } = new();
            }

            public sealed record LoginForm
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string UserName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string RemoteIp { get; set; } = "";

                public bool RememberMe { get; set; }

                public string? ReturnUrl { get; set; }

                public string Token { get; set; } = "";
            }

            public sealed class SignupForm
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Name { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                public int PasswordLength { get; set; }

                public string? InviteToken { get; set; }
            }

            public sealed record RequestContext
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string IpAddress { get; set; } = "";

                public Guid? UserId { get; set; }

                public string ClientVersion { get; set; } = "";

                public string DeviceIdentifier { get; set; } = "";

                public string Method { get; set; } = "";
            }

            public sealed class ExternalLogin
            {
                public string Provider { get; set; } = "";

                public string ProviderKey { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? DisplayName { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? Email { get; set; }
            }

            public sealed class ClaimEntry
            {
                public string Type { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Value { get; set; } = "";
            }

            [DataSubject]
            public class Customer
            {
                public int Id { get; set; }

                public Guid CustomerGuid { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string FirstName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string LastName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Phone { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public DateTime? DateOfBirth { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? AdminComment { get; set; }

                public Address? BillingAddress { get; set; }

                public bool Active { get; set; }

                public int StoreId { get; set; }

                public DateTime CreatedOnUtc { get; set; }

                public override string ToString() => $"{Id}: {FirstName} {LastName} ({Email}, {Phone})";
            }

            public class Address
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Street { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string City { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string ZipCode { get; set; } = "";

                public string CountryCode { get; set; } = "";
            }

            public enum OrderStatus
            {
                Submitted,
                AwaitingValidation,
                Paid,
                Shipped,
                Cancelled,
            }

            public class Order
            {
                public int Id { get; set; }

                public string BuyerId { get; set; } = "";

                public OrderStatus Status { get; set; }

                public decimal Total { get; set; }

                public Address ShipTo { get; set; } = new();

                public DateTime CreatedUtc { get; set; }

                public List<OrderLine> Lines { get; set; } = new();
            }

            public class OrderLine
            {
                public int ProductId { get; set; }

                public string ProductName { get; set; } = "";

                public int Units { get; set; }

                public decimal UnitPrice { get; set; }
            }

            public sealed class CreateOrderCommand
            {
                public string UserId { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string UserName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Street { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string City { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string ZipCode { get; set; } = "";

                public string CountryCode { get; set; } = "";

                public List<OrderLine> Items { get; set; } = new();
            }

            public sealed record OrderSubmittedEvent
            {
                public Guid Id { get; init; } = Guid.NewGuid();

                public int OrderId { get; init; }

                public OrderStatus Status { get; init; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string BuyerName { get; init; } = "";

                public string BuyerIdentityGuid { get; init; } = "";
            }

            public sealed record GracePeriodConfirmedEvent(Guid Id, int OrderId);

            public sealed record SetAwaitingValidationCommand(int OrderNumber);

            public sealed record OrderPaymentFailedEvent(Guid Id, int OrderId, OrderStatus Status);

            public sealed record CancelOrderCommand(int OrderNumber);

            public sealed class Buyer
            {
                public int Id { get; set; }

                public string IdentityGuid { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Name { get; set; } = "";
            }

            public sealed class Payment
            {
                public int PaymentId { get; set; }

                public Guid UserId { get; set; }

                public DateTime OccurredAt { get; set; }

                public decimal Amount { get; set; }
            }

            [DataSubject]
            public class Subscriber
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string PhoneNumber { get; set; } = "";

                public string Plan { get; set; } = "";

                public bool Confirmed { get; set; }

                public DateTime SubscribedUtc { get; set; }
            }

            public sealed class RemoveBotEventsWorkItem
            {
                public string OrganizationId { get; set; } = "";

                public string ProjectId { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string ClientIpAddress { get; set; } = "";

                public DateTime UtcStartDate { get; set; }

                public DateTime UtcEndDate { get; set; }
            }

            public sealed class Organization
            {
                public string Id { get; set; } = "";

                public string Name { get; set; } = "";
            }

            public static class Redaction
            {
                [RedactsPersonalData]
                public static string Mask(string v) => "***";
            }
        }
        """;

    /// <summary>The labelled sites.</summary>
    public static readonly LogSite[] All =
    [
        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinAuthWithoutUserName(ILogger<JellyfinAuthWithoutUserName> logger)
                {
                    public void Authenticate(LoginForm form)
                    {
                        if (string.IsNullOrWhiteSpace(form.UserName))
                        {
                            logger.LogInformation("Authentication request without username has been denied (IP: {IP}).", {|PII002:form.RemoteIp|});
                            throw new ArgumentNullException(nameof(form.UserName));
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System.Security.Authentication;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinAuthDenied(ILogger<JellyfinAuthDenied> logger)
                {
                    public Account Authenticate(LoginForm form, Account? account)
                    {
                        if (account == null)
                        {
                            logger.LogInformation(
                                "Authentication request for {UserName} has been denied (IP: {IP}).",
                                {|PII002:form.UserName|},
                                {|PII002:form.RemoteIp|});
                            throw new AuthenticationException("Invalid username or password entered.");
                        }

                        return account;
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System.Security;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinAccountDisabled(ILogger<JellyfinAccountDisabled> logger)
                {
                    public void Check(LoginForm form, Account account)
                    {
                        if (account.IsDisabled)
                        {
                            logger.LogInformation(
                                "Authentication request for {UserName} has been denied because this account is currently disabled (IP: {IP}).",
                                {|PII002:form.UserName|},
                                {|PII002:form.RemoteIp|});
                            throw new SecurityException(
                                {|PII002:$"The {account.UserName} account is currently disabled. Please consult with your administrator."|});
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinAuthSucceeded(ILogger<JellyfinAuthSucceeded> logger)
                {
                    public void Succeeded(Account account)
                    {
                        account.LastActiveUtc = DateTime.UtcNow;
                        account.FailedLoginCount = 0;
                        logger.LogInformation("Authentication request for {UserName} has succeeded.", {|PII002:account.UserName|});
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;

            namespace Sites
            {
                public class JellyfinDuplicateUserName
                {
                    public void Create(LoginForm form, List<Account> accounts)
                    {
                        string newName = form.UserName;
                        if (accounts.Any(a => a.UserName.Equals(newName, StringComparison.OrdinalIgnoreCase)))
                        {
                            throw new ArgumentException({|PII002:string.Format(
                                CultureInfo.InvariantCulture,
                                "A user with the name '{0}' already exists.",
                                newName)|});
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System;
            using System.Collections.Generic;
            using System.Globalization;

            namespace Sites
            {
                public class JellyfinLastUserDelete
                {
                    public void Delete(Account account, List<Account> accounts)
                    {
                        if (accounts.Count == 1)
                        {
                            throw new InvalidOperationException({|PII002:string.Format(
                                CultureInfo.InvariantCulture,
                                "The user '{0}' cannot be deleted because there must be at least one user in the system.",
                                account.UserName)|});
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinDefaultUser(ILogger<JellyfinDefaultUser> logger)
                {
                    public string CreateDefault()
                    {
                        var defaultName = Environment.UserName;
                        if (string.IsNullOrWhiteSpace(defaultName))
                        {
                            defaultName = "MyJellyfinUser";
                        }

                        logger.LogWarning("No users, creating one with username {UserName}", defaultName);
                        return defaultName;
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinInvalidAuthProvider(ILogger<JellyfinInvalidAuthProvider> logger)
                {
                    public void Fallback(Account? account, int providerCount)
                    {
                        if (providerCount == 0)
                        {
                            logger.LogWarning(
                                "User {Username} was found with invalid/missing Authentication Provider {AuthenticationProviderId}. Assigning user to InvalidAuthProvider until this is corrected",
                                {|PII002:account?.UserName|},
                                account?.AuthProviderId);
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System.Security.Authentication;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinProviderResult(ILogger<JellyfinProviderResult> logger)
                {
                    public string Authenticate(LoginForm form, Account result, ExternalLogin provider)
                    {
                        try
                        {
                            if (result.UserName != form.UserName)
                            {
                                logger.LogDebug("Authentication provider provided updated username {1}", {|PII002:result.UserName|});
                                return result.UserName;
                            }

                            return form.UserName;
                        }
                        catch (AuthenticationException ex)
                        {
                            logger.LogError(ex, "Error authenticating with provider {Provider}", provider.Provider);
                            return form.UserName;
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinLockout(ILogger<JellyfinLockout> logger)
                {
                    public void IncrementInvalidLoginAttemptCount(Account account)
                    {
                        account.FailedLoginCount++;
                        if (account.MaxLoginAttempts.HasValue && account.FailedLoginCount >= account.MaxLoginAttempts)
                        {
                            account.IsDisabled = true;
                            logger.LogWarning(
                                "Disabling user {Username} due to {Attempts} unsuccessful login attempts.",
                                {|PII002:account.UserName|},
                                account.FailedLoginCount);
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Jellyfin.Server.Implementations/Users/UserManager.cs", """
            using System;

            namespace Sites
            {
                public class JellyfinRenameChecks
                {
                    public void Rename(Account account, string newName)
                    {
                        if (string.IsNullOrWhiteSpace(newName))
                        {
                            throw new ArgumentException("Usernames can contain unicode symbols, numbers (0-9), dashes (-), underscores (_), apostrophes ('), and periods (.)", nameof(newName));
                        }

                        if (account.UserName.Equals(newName, StringComparison.Ordinal))
                        {
                            throw new ArgumentException("The new and old names must be different.");
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Emby.Server.Implementations/Session/SessionWebSocketListener.cs", """
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinWebSocketWatch(ILogger<JellyfinWebSocketWatch> logger)
                {
                    public void KeepAlive(List<RequestContext> sockets)
                    {
                        logger.LogDebug("Watching {0} WebSockets.", sockets.Count);
                        var lost = sockets.Where(s => s.ClientVersion.Length == 0).ToList();
                        if (lost.Any())
                        {
                            logger.LogInformation("Lost {0} WebSockets.", lost.Count);
                        }
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Emby.Server.Implementations/Session/SessionWebSocketListener.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinWebSocketClosed(ILogger<JellyfinWebSocketClosed> logger)
                {
                    public void OnClosed(object sender)
                    {
                        var connection = (RequestContext)sender;
                        logger.LogDebug("WebSocket {0} is closed.", {|PII002:connection|});
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Emby.Server.Implementations/Session/SessionWebSocketListener.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinUnknownSession(ILogger<JellyfinUnknownSession> logger)
                {
                    public void OnConnected(Dictionary<string, string> queryString, RequestContext? session)
                    {
                        if (session == null)
                        {
                            logger.LogWarning("Unable to determine session based on query string: {0}", queryString);
                        }
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaResetPassword(ILogger<KavitaResetPassword> logger)
                {
                    public void UpdatePassword(Account admin, LoginForm dto)
                    {
                        logger.LogInformation("{UserName} is changing {ResetUser}'s password", {|PII002:admin.UserName|}, {|PII002:dto.UserName|});
                        admin.FailedLoginCount = 0;
                        logger.LogInformation("{User}'s Password has been reset", {|PII002:dto.UserName|});
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaRegisterFailed(ILogger<KavitaRegisterFailed> logger)
                {
                    public string Register(Account account)
                    {
                        try
                        {
                            account.Roles.Add("Admin");
                            return "ok";
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "Something went wrong when registering user");
                            return "Something went wrong when registering user";
                        }
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaLoggedIn(ILogger<KavitaLoggedIn> logger)
                {
                    public void Login(Account account)
                    {
                        account.LastActiveUtc = DateTime.UtcNow;
                        logger.LogInformation("{UserName} logged in at {Time}", {|PII002:account.UserName|}, account.LastActiveUtc);
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaEmailChangeDenied(ILogger<KavitaEmailChangeDenied> logger)
                {
                    public string UpdateEmail(Account account, bool passwordValid)
                    {
                        if (!passwordValid)
                        {
                            logger.LogCritical("A user tried to change {UserName}'s email, but password didn't validate", {|PII002:account.UserName|});
                            return "You do not have permission";
                        }

                        return "ok";
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaEmailLink(ILogger<KavitaEmailLink> logger)
                {
                    public string SendLink(Account account, LoginForm dto, string baseUrl)
                    {
                        var token = account.ConfirmationToken;
                        var emailLink = $"{baseUrl}/registration/confirm-email-update?token={token}&email={dto.Email}";
                        logger.LogCritical("[Update Email]: Email Link for {UserName}: {Link}", {|PII002:account.UserName|}, {|PII002:emailLink|});
                        return emailLink;
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaInviteToken(ILogger<KavitaInviteToken> logger)
                {
                    public void Invite(Account account)
                    {
                        logger.LogCritical("[Invite User]: Token {UserName}: {Token}", {|PII002:account.UserName|}, account.ConfirmationToken);
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaConfirmEmailFailed(ILogger<KavitaConfirmEmailFailed> logger)
                {
                    public string Confirm(LoginForm dto, Account? account, bool tokenValid)
                    {
                        if (account == null)
                        {
                            logger.LogInformation("confirm-email failed from invalid registered email: {Email}", {|PII002:dto.Email|});
                            return "Invalid email confirmation";
                        }

                        if (!tokenValid)
                        {
                            logger.LogInformation("confirm-email failed from invalid token: {Token}", dto.Token);
                            return "Invalid email confirmation";
                        }

                        return "ok";
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaEmailUpdated(ILogger<KavitaEmailUpdated> logger)
                {
                    public void ConfirmUpdate(Account account, LoginForm dto)
                    {
                        logger.LogInformation("User is updating email from {OldEmail} to {NewEmail}", {|PII002:account.Email|}, {|PII002:dto.Email|});
                        account.Email = dto.Email;
                        account.ConfirmationToken = null;
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaUpdateErrors(ILogger<KavitaUpdateErrors> logger)
                {
                    public void Report(List<KeyValuePair<string, string>> errors)
                    {
                        if (errors.Count > 0)
                        {
                            logger.LogError("Unable to update email for users: {Errors}", errors.Select(e => e.Value));
                        }
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaResetTokenInvalid(ILogger<KavitaResetTokenInvalid> logger)
                {
                    public string ConfirmForgotPassword(LoginForm dto, bool tokenValid)
                    {
                        if (!tokenValid)
                        {
                            logger.LogInformation("Unable to reset password, your email token is not correct: {@Dto}", {|PII002:dto|});
                            return "Invalid credentials";
                        }

                        return "Password updated";
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaForgotUnknownEmail(ILogger<KavitaForgotUnknownEmail> logger)
                {
                    public string ForgotPassword(LoginForm form, Account? account)
                    {
                        var email = form.Email.Trim();
                        if (account == null)
                        {
                            logger.LogError("There are no users with email: {Email} but user is requesting password reset", {|PII002:email|});
                            return "An email will be sent to the email if it exists in our database";
                        }

                        return "Email sent";
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaEmailValidationErrors(ILogger<KavitaEmailValidationErrors> logger)
                {
                    public bool ConfirmEmailToken(bool succeeded, List<string> errors)
                    {
                        if (succeeded)
                        {
                            return true;
                        }

                        logger.LogCritical("[Account] Email validation failed");
                        foreach (var error in errors)
                        {
                            logger.LogCritical("[Account] Email validation error: {Message}", error);
                        }

                        return false;
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            namespace Sites
            {
                public class KavitaAlreadyRegistered
                {
                    public string Invite(Account invited)
                    {
                        return invited.EmailConfirmed
                            ? $"User is already registered as {invited.UserName}"
                            : "User is already invited under this email and has yet to accepted invite.";
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaAdminGrant(ILogger<KavitaAdminGrant> logger)
                {
                    public void UpdateAccount(Account account, bool hasAdminRole)
                    {
                        if (hasAdminRole)
                        {
                            logger.LogInformation("{UserName} is being registered as admin. Granting access to all libraries",
                                {|PII002:account.UserName|});
                        }
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaInviteUser(ILogger<KavitaInviteUser> logger)
                {
                    public string InviteUser(Account admin, LoginForm dto, string? token)
                    {
                        logger.LogInformation("{User} is inviting {Email} to the server", {|PII002:admin.UserName|}, {|PII002:dto.Email|});
                        if (string.IsNullOrEmpty(token))
                        {
                            logger.LogError("There was an issue generating a token for the email");
                            return "There was an creating the invite user";
                        }

                        return token;
                    }
                }
            }
            """),

        new("bitwarden/server: src/Identity/IdentityServer/RequestValidators/BaseRequestValidator.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BitwardenFailedLoginFormat(ILogger<BitwardenFailedLoginFormat> logger)
                {
                    public void BuildErrorResult(RequestContext context, bool twoFactorRequest, bool selfHosted)
                    {
                        if (selfHosted)
                        {
                            logger.LogWarning(new EventId(12482444),
                                {|PII002:string.Format("Failed login attempt{0}{1}", twoFactorRequest ? ", 2FA invalid." : ".",
                                    $" {context.IpAddress}")|});
                        }
                    }
                }
            }
            """),

        new("bitwarden/server: src/Identity/IdentityServer/RequestValidators/BaseRequestValidator.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BitwardenFailedLoginEvent(ILogger<BitwardenFailedLoginEvent> logger)
                {
                    public enum FailureKind
                    {
                        Password,
                        TwoFactor,
                        Other,
                    }

                    public void LogFailedLoginEvent(RequestContext context, FailureKind kind)
                    {
                        string formattedMessage;
                        switch (kind)
                        {
                            case FailureKind.Password:
                                formattedMessage = string.Format("Failed login attempt. {0}", $" {context.IpAddress}");
                                break;
                            case FailureKind.TwoFactor:
                                formattedMessage = string.Format("Failed login attempt, 2FA invalid.{0}", $" {context.IpAddress}");
                                break;
                            default:
                                formattedMessage = "Failed login attempt.";
                                break;
                        }

                        logger.LogWarning(new EventId(12482444), {|PII002:formattedMessage|});
                    }
                }
            }
            """),

        new("bitwarden/server: src/Identity/IdentityServer/RequestValidators/DeviceValidator.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BitwardenDeviceException(ILogger<BitwardenDeviceException> logger)
                {
                    public bool HandleNewDevice(Account account, RequestContext context, bool cached)
                    {
                        if (cached)
                        {
                            logger.LogInformation("New device verification exception for user {UserId} found in cache", account.Id);
                            return true;
                        }

                        Send(account.Email, context.IpAddress);
                        return false;
                    }

                    private static void Send(string email, string ipAddress)
                    {
                    }
                }
            }
            """),

        new("Ombi-app/Ombi: src/Ombi/Controllers/V1/TokenController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OmbiFailedLogin(ILogger<OmbiFailedLogin> logger)
                {
                    public bool GetToken(LoginForm model, RequestContext context, Account? account)
                    {
                        if (account == null)
                        {
                            logger.LogWarning({|PII002:string.Format("Failed login attempt by IP: {0}", context.IpAddress)|});
                            return false;
                        }

                        return true;
                    }
                }
            }
            """),

        new("btcpayserver/btcpayserver: BTCPayServer/Controllers/UIAccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BtcPayLoginCode(ILogger<BtcPayLoginCode> logger)
                {
                    public void LoginCodeResult(Account? account, bool canLogin)
                    {
                        if (canLogin)
                        {
                            logger.LogInformation("User {Email} logged in with a login code", {|PII002:account!.Email|});
                        }
                    }
                }
            }
            """),

        new("btcpayserver/btcpayserver: BTCPayServer/Controllers/UIAccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BtcPayPasswordLogin(ILogger<BtcPayPasswordLogin> logger)
                {
                    public string Login(Account account, bool succeeded, bool lockedOut)
                    {
                        if (succeeded)
                        {
                            logger.LogInformation("User {Email} logged in", {|PII002:account.Email|});
                            return "home";
                        }

                        if (lockedOut)
                        {
                            logger.LogWarning("User {Email} tried to log in, but is locked out", {|PII002:account.Email|});
                            return "lockout";
                        }

                        return "login";
                    }
                }
            }
            """),

        new("btcpayserver/btcpayserver: BTCPayServer/Controllers/UIAccountController.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BtcPayLnurlLogin(ILogger<BtcPayLnurlLogin> logger)
                {
                    public string LoginWithLnurl(Account account, bool verified)
                    {
                        var errorMessage = "Invalid login attempt.";
                        try
                        {
                            if (verified)
                            {
                                logger.LogInformation("User logged in");
                                return "home";
                            }
                        }
                        catch (Exception e)
                        {
                            errorMessage = e.Message;
                        }

                        return errorMessage;
                    }
                }
            }
            """),

        new("btcpayserver/btcpayserver: BTCPayServer/Controllers/UIAccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class BtcPayFido2Login(ILogger<BtcPayFido2Login> logger)
                {
                    public void LoginWithFido2(Account account, bool completed)
                    {
                        if (completed)
                        {
                            logger.LogInformation("User {Email} logged in with FIDO2", {|PII002:account.Email|});
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessLoginScope(ILogger<ExceptionlessLoginScope> logger)
                {
                    public string Login(LoginForm form, bool hasPassword)
                    {
                        string email = form.Email.Trim().ToLowerInvariant();
                        using (logger.BeginScope({|PII002:new Dictionary<string, object?> { ["Tag"] = "Login", ["Identity"] = email }|}))
                        {
                            if (string.IsNullOrEmpty(email))
                            {
                                logger.LogError("Login failed: Email Address is required.");
                                return "Email Address is required.";
                            }

                            if (!hasPassword)
                            {
                                logger.LogError("Login failed for {EmailAddress}: Password is required.", {|PII002:email|});
                                return "Password is required.";
                            }

                            return "ok";
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessLoginAttempts(ILogger<ExceptionlessLoginAttempts> logger)
                {
                    public bool CheckAttempts(LoginForm form, RequestContext context, long userLoginAttempts, long ipLoginAttempts)
                    {
                        string email = form.Email.Trim().ToLowerInvariant();
                        string userLoginAttemptsCacheKey = $"user:{email}:attempts";
                        string ipLoginAttemptsCacheKey = $"ip:{context.IpAddress}:attempts";
                        Increment(userLoginAttemptsCacheKey);
                        Increment(ipLoginAttemptsCacheKey);

                        if (userLoginAttempts > 5)
                        {
                            logger.LogError("Login denied for {EmailAddress} for the {UserLoginAttempts} time.", {|PII002:email|}, userLoginAttempts);
                            return false;
                        }

                        if (ipLoginAttempts > 15)
                        {
                            logger.LogError("Login denied for {EmailAddress} for the {IPLoginAttempts} time.", {|PII002:context.IpAddress|}, ipLoginAttempts);
                            return false;
                        }

                        return true;
                    }

                    private static void Increment(string key)
                    {
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessLookupFailed(ILogger<ExceptionlessLookupFailed> logger)
                {
                    public Account? Find(LoginForm form, Func<string, Account?> lookup)
                    {
                        string email = form.Email.Trim().ToLowerInvariant();
                        try
                        {
                            return lookup(email);
                        }
                        catch (Exception ex)
                        {
                            logger.LogCritical(ex, "Login failed for {EmailAddress}: {Message}", {|PII002:email|}, ex.Message);
                            return null;
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessInactiveUser(ILogger<ExceptionlessInactiveUser> logger)
                {
                    public bool Check(Account account)
                    {
                        if (!account.IsActive)
                        {
                            logger.LogError("Login failed for {EmailAddress}: The user is inactive.", {|PII002:account.Email|});
                            return false;
                        }

                        logger.LogInformation("{EmailAddress} logged in.", {|PII002:account.Email|});
                        return true;
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessLogoutFailed(ILogger<ExceptionlessLogoutFailed> logger)
                {
                    public void Logout(Account currentUser, Action removeToken)
                    {
                        try
                        {
                            removeToken();
                        }
                        catch (Exception ex)
                        {
                            using (logger.BeginScope({|PII002:new Dictionary<string, object> { ["Tag"] = "Logout", ["Identity"] = currentUser.Email }|}))
                            {
                                logger.LogCritical(ex, "Logout failed for {EmailAddress}: {Message}", {|PII002:currentUser.Email|}, ex.Message);
                            }
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessSignup(ILogger<ExceptionlessSignup> logger)
                {
                    public string Signup(SignupForm form, List<string> validationErrors)
                    {
                        string email = form.Email.Trim().ToLowerInvariant();
                        using (logger.BeginScope({|PII002:new Dictionary<string, object>
                        {
                            ["Tag"] = "Signup",
                            ["Identity"] = email,
                            ["Name"] = form != null ? form.Name : "<null>",
                            ["Password Length"] = form?.PasswordLength ?? 0,
                        }|}))
                        {
                            if (string.IsNullOrEmpty(email))
                            {
                                logger.LogError("Signup failed: Email Address is required.");
                                return "Email Address is required.";
                            }

                            if (validationErrors.Count > 0)
                            {
                                string errors = string.Join(", ", validationErrors);
                                logger.LogCritical(new InvalidOperationException(errors), "Signup failed for {EmailAddress}: {Message}", {|PII002:email|}, errors);
                                return errors;
                            }

                            return "ok";
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/AuthController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessSignedUp(ILogger<ExceptionlessSignedUp> logger)
                {
                    public void Completed(Account account)
                    {
                        logger.LogInformation("{EmailAddress} signed up.", {|PII002:account.Email|});
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Web/Controllers/OrganizationController.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessDeleteOrganizations(ILogger<ExceptionlessDeleteOrganizations> logger)
                {
                    public void DeleteModels(ICollection<Organization> organizations, Account currentUser)
                    {
                        foreach (var organization in organizations)
                        {
                            using (logger.BeginScope({|PII002:new Dictionary<string, object>
                            {
                                ["Organization"] = organization.Id,
                                ["Tag"] = "Delete",
                                ["Identity"] = currentUser.Email,
                                ["User"] = currentUser,
                            }|}))
                            {
                                logger.LogInformation("User {User} deleting organization: {OrganizationName} ({OrganizationId})",
                                    currentUser.Id, organization.Name, organization.Id);
                            }
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Core/Jobs/EventPostsJob.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessEventPostScope(ILogger<ExceptionlessEventPostScope> logger)
                {
                    public void Process(string organizationId, string projectId, bool saved)
                    {
                        using var _ = logger.BeginScope(new Dictionary<string, object> { ["Organization"] = organizationId, ["Project"] = projectId });
                        if (!saved)
                        {
                            logger.LogError("Unable to save event post info");
                        }
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Core/Jobs/WorkItemHandlers/RemoveBotEventsWorkItemHandler.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessRemoveBotEvents(ILogger<ExceptionlessRemoveBotEvents> logger)
                {
                    public void Handle(RemoveBotEventsWorkItem wi)
                    {
                        using var _ = logger.BeginScope(new Dictionary<string, object> { ["Organization"] = wi.OrganizationId, ["Project"] = wi.ProjectId, ["Tag"] = "Bot" });
                        logger.LogInformation(
                            "Received remove bot events work item OrganizationId={OrganizationId} ProjectId={ProjectId}, ClientIpAddress={ClientIpAddress}, UtcStartDate={UtcStartDate}, UtcEndDate={UtcEndDate}",
                            wi.OrganizationId, wi.ProjectId, {|PII002:wi.ClientIpAddress|}, wi.UtcStartDate, wi.UtcEndDate);
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardLoginLogoff(ILogger<OrchardLoginLogoff> logger)
                {
                    public void LoggedIn(Account account)
                    {
                        logger.LogInformation(1, "User logged in.");
                    }

                    public void LogOff(Account account)
                    {
                        logger.LogInformation(4, "User logged out.");
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/AccountController.cs", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardExternalHandlers(ILogger<OrchardExternalHandlers> logger)
                {
                    public void UpdateUser(Account account, List<Action<Account>> handlers)
                    {
                        foreach (var handler in handlers)
                        {
                            try
                            {
                                handler(account);
                            }
                            catch (Exception ex)
                            {
                                logger.LogError(ex, "{ExternalLoginHandler}.UpdateUserAsync threw an exception", handler.GetType());
                            }
                        }
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardExternalCallbackError(ILogger<OrchardExternalCallbackError> logger)
                {
                    public string Callback(string? remoteError, ExternalLogin? info)
                    {
                        if (remoteError != null)
                        {
                            logger.LogError("Error from external provider: {Error}", remoteError);
                            return "login";
                        }

                        if (info == null)
                        {
                            logger.LogError("Could not get external login info.");
                            return "login";
                        }

                        return "ok";
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/ExternalAuthenticationsController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardAccountLinked(ILogger<OrchardAccountLinked> logger)
                {
                    public void Linked(ExternalLogin info, Account account, bool succeeded)
                    {
                        if (succeeded)
                        {
                            if (logger.IsEnabled(LogLevel.Information))
                            {
                                logger.LogInformation(3, "User account linked to {LoginProvider} provider.", info.Provider);
                            }
                        }
                        else
                        {
                            logger.LogError("Unable to add external provider to a user: {LoginProvider} provider.", info.Provider);
                        }
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/ExternalAuthenticationsController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardSuspiciousLogin(ILogger<OrchardSuspiciousLogin> logger)
                {
                    public string LinkExternalLogin(ExternalLogin? info, Account? account)
                    {
                        if (info == null)
                        {
                            logger.LogWarning("Error loading external login info.");
                            return "not-found";
                        }

                        if (account == null)
                        {
                            logger.LogWarning("Suspicious login detected from external provider. {LoginProvider} with key [{ProviderKey}] for {Identity}",
                                info.Provider, info.ProviderKey, {|PII002:info.DisplayName|});
                            return "~/";
                        }

                        return "ok";
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/ExternalAuthenticationsController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardFoundByEmail(ILogger<OrchardFoundByEmail> logger)
                {
                    public string Callback(ExternalLogin info, Account? byKey, Account? byEmail)
                    {
                        if (byKey != null)
                        {
                            logger.LogInformation("Found user using external provider and provider key.");
                            return byKey.UserName;
                        }

                        if (byEmail != null)
                        {
                            logger.LogInformation("Found external user using email. Attempt to link them to existing user.");
                            return byEmail.UserName;
                        }

                        logger.LogInformation("Auto registering an external user using password-less method.");
                        return info.Email ?? "";
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Ordering.API/Application/Commands/CreateOrderCommandHandler.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EshopCreateOrder(ILogger<EshopCreateOrder> logger)
                {
                    public Order Handle(CreateOrderCommand message)
                    {
                        var address = new Address { Street = message.Street, City = message.City, ZipCode = message.ZipCode, CountryCode = message.CountryCode };
                        var order = new Order { BuyerId = message.UserId, ShipTo = address };
                        foreach (var item in message.Items)
                        {
                            order.Lines.Add(item);
                        }

                        logger.LogInformation("Creating Order - Order: {@Order}", {|PII002:order|});
                        return order;
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Ordering.API/Application/DomainEventHandlers/ValidateOrAddBuyerAggregateWhenOrderStartedDomainEventHandler.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class EshopBuyerValidated(ILogger<EshopBuyerValidated> logger)
                {
                    [LoggerMessage(1, LogLevel.Trace, "Buyer {BuyerId} and payment method validated or updated for order {OrderId}")]
                    static partial void LogBuyerAndPaymentValidated(ILogger log, int buyerId, int orderId);

                    static partial void LogBuyerAndPaymentValidated(ILogger log, int buyerId, int orderId) { }

                    public OrderSubmittedEvent Handle(Buyer buyer, Order order)
                    {
                        var integrationEvent = new OrderSubmittedEvent { OrderId = order.Id, Status = order.Status, BuyerName = buyer.Name, BuyerIdentityGuid = buyer.IdentityGuid };
                        LogBuyerAndPaymentValidated(logger, buyer.Id, order.Id);
                        return integrationEvent;
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Ordering.API/Application/IntegrationEvents/OrderingIntegrationEventService.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EshopEnqueueEvent(ILogger<EshopEnqueueEvent> logger)
                {
                    public void AddAndSaveEvent(OrderSubmittedEvent evt)
                    {
                        logger.LogInformation("Enqueuing integration event {IntegrationEventId} to repository ({@IntegrationEvent})", evt.Id, {|PII002:evt|});
                    }

                    public void Publish(OrderSubmittedEvent evt, Action publish)
                    {
                        try
                        {
                            publish();
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "Error publishing integration event: {IntegrationEventId}", evt.Id);
                        }
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Ordering.API/Application/IntegrationEvents/EventHandling/GracePeriodConfirmedIntegrationEventHandler.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EshopGracePeriodConfirmed(ILogger<EshopGracePeriodConfirmed> logger)
                {
                    public SetAwaitingValidationCommand Handle(GracePeriodConfirmedEvent @event)
                    {
                        logger.LogInformation("Handling integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.Id, @event);
                        var command = new SetAwaitingValidationCommand(@event.OrderId);
                        logger.LogInformation(
                            "Sending command: {CommandName} - {IdProperty}: {CommandId} ({@Command})",
                            command.GetType().Name,
                            nameof(command.OrderNumber),
                            command.OrderNumber,
                            command);
                        return command;
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Identity.API/UsersSeed.cs", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EshopUsersSeed(ILogger<EshopUsersSeed> logger)
                {
                    public Account Seed(Account? alice, List<string> errors)
                    {
                        if (alice == null)
                        {
                            alice = new Account { UserName = "alice", Email = "AliceSmith@email.com", EmailConfirmed = true };
                            if (errors.Count > 0)
                            {
                                throw new InvalidOperationException(errors.First());
                            }

                            if (logger.IsEnabled(LogLevel.Debug))
                            {
                                logger.LogDebug("alice created");
                            }
                        }
                        else if (logger.IsEnabled(LogLevel.Debug))
                        {
                            logger.LogDebug("alice already exists");
                        }

                        return alice;
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Basket.API/Grpc/BasketService.cs", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EshopBasketService(ILogger<EshopBasketService> logger)
                {
                    public List<OrderLine> GetBasket(RequestContext context, Dictionary<Guid, List<OrderLine>> baskets)
                    {
                        Console.WriteLine("Testing compliance agent");
                        if (context.UserId is not Guid userId)
                        {
                            return new();
                        }

                        if (logger.IsEnabled(LogLevel.Debug))
                        {
                            logger.LogDebug("Begin GetBasketById call from method {Method} for basket id {Id}", context.Method, userId);
                        }

                        if (!baskets.TryGetValue(userId, out var basket))
                        {
                            throw new KeyNotFoundException($"Basket with buyer id {userId} does not exist");
                        }

                        return basket;
                    }
                }
            }
            """),

        new("Squidex/squidex: backend/src/Squidex/Areas/IdentityServer/Controllers/Account/AccountController.cs", """
            using System;

            namespace Sites
            {
                public class SquidexExternalCallback
                {
                    public Account Callback(ExternalLogin login, Account? existing)
                    {
                        if (existing != null)
                        {
                            return existing;
                        }

                        var email = login.Email;
                        if (string.IsNullOrWhiteSpace(email))
                        {
                            throw new InvalidOperationException("Cannot create user without an email address.");
                        }

                        return new Account { Email = email };
                    }

                    public void Consent(Account? user)
                    {
                        if (user == null)
                        {
                            throw new UnauthorizedAccessException("Cannot find user.");
                        }
                    }
                }
            }
            """),

        new("IdentityModel/IdentityModel.OidcClient: src/OidcClient/Infrastructure/LoggingExtensions.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public static class OidcClaimsLogging
                {
                    public static void LogClaims(this ILogger logger, IEnumerable<ClaimEntry> claims)
                    {
                        foreach (var claim in claims)
                        {
                            logger.LogDebug({|PII002:$"Claim: {claim.Type}: {claim.Value}"|});
                        }
                    }
                }
            }
            """),

        new("aytymchuk/Dilcore-Platform: src/WebApi/Extensions/UserTelemetryEnricher.cs", """
            using System.Diagnostics;

            namespace Sites
            {
                public class DilcoreUserTelemetry
                {
                    public void Enrich(Activity activity, Account? account)
                    {
                        var userName = account?.UserName ?? "anonymous";
                        activity.SetTag("user.id", {|PII002:userName|});
                    }
                }
            }
            """),

        new("Brink-Software/Brink.AppInsightsDemo: src/AppInsightDemo/OpenTelemetry/TelemetryEnrichment.cs", """
            using System.Diagnostics;

            namespace Sites
            {
                public class BrinkTraceEnrichment
                {
                    public void OnEnd(Activity activity)
                    {
                        activity.SetTag("environment.name", "production");
                    }
                }
            }
            """),

        new("open-telemetry/opentelemetry-dotnet: docs/trace/enriching-activity-processor/README.md", """
            using System.Diagnostics;

            namespace Sites
            {
                public class OtelEnrichmentIds
                {
                    public void Enrich(Activity activity, Customer customer)
                    {
                        activity.AddTag("mycompany.user_id", customer.Id);
                        activity.AddTag("mycompany.customer_id", customer.CustomerGuid);
                        activity.SetBaggage("mycompany.store_id", customer.StoreId.ToString());
                    }
                }
            }
            """),

        new("gurame/net-logging: src/WithSerilog.ConsoleApp/Program.cs", """
            namespace Sites
            {
                public class SerilogPaymentProcessed
                {
                    public void Process(Serilog.ILogger logger, Payment payment)
                    {
                        logger.Information("Payment processed {@Payment}", payment);
                        logger.Information("User {UserId} processed payment", payment.UserId);
                    }
                }
            }
            """),

        new("JarneVanAerde/LoggingBestPractices: LoggingBestPractices.SeriLog/Program.cs", """
            using System;

            namespace Sites
            {
                public class SerilogConstantsOnly
                {
                    public void Run(Serilog.ILogger log)
                    {
                        log.Information("Random number {RandomNumber}", Random.Shared.Next());
                        log.Information("We are walking in {City} for {Hours} hours", "Antwerp", 2.5);
                    }
                }
            }
            """),

        new("OysteinBruin/DevNotes: dotnet-csharp/serilog-setup.md", """
            using System;

            namespace Sites
            {
                public class SerilogHostStartup
                {
                    public void Run(Action host)
                    {
                        try
                        {
                            Serilog.Log.Information("Starting web host");
                            host();
                        }
                        catch (Exception ex)
                        {
                            Serilog.Log.Fatal(ex, "Host terminated unexpectedly");
                        }
                    }
                }
            }
            """),

        new("evjenio/masking.serilog: README.md", """
            namespace Sites
            {
                public class SerilogLoggedOnUser
                {
                    public void LoggedOn(Account account)
                    {
                        Serilog.Log.Information("Logged on {@User}", {|PII002:account|});
                    }
                }
            }
            """),

        new("vasiliyRybin/HappyBusProject: HappyBusProject/CustomPolicy.cs", """
            namespace Sites
            {
                public class SerilogLoginData
                {
                    public void Login(Serilog.ILogger logger, LoginForm form)
                    {
                        logger.Information("Login attempt {@LoginData}", {|PII002:form|});
                    }
                }
            }
            """),

        new("mustafasalah21/Project2: TodoApp.Common/Exceptions/Logging/LogMessage.cs", """
            using System;

            namespace Sites
            {
                public class SerilogLogMessageObject
                {
                    public void Write(Account account, string requestPath, Exception ex)
                    {
                        var message = new { UserId = account.Id, UserEmail = account.Email, Message = ex.Message, RequestPath = requestPath, CreatedOn = DateTimeOffset.UtcNow };
                        Serilog.Log.Error("{@LogMessage}", {|PII002:message|});
                    }
                }
            }
            """),

        new("aruss/ServiceBase: src/ServiceBase/Logging/ILoggerExtensions.cs", """
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ServiceBaseSerializedObject(ILogger<ServiceBaseSerializedObject> logger)
                {
                    public void Created(Customer customer)
                    {
                        logger.LogInformation({|PII002:JsonSerializer.Serialize(customer)|});
                    }
                }
            }
            """),

        new("Zenkovsky03/Enchanting_table_library: Services/LoggingEmailSender.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LoggingEmailSender(ILogger<LoggingEmailSender> logger)
                {
                    public Task SendEmailAsync(Subscriber subscriber, string subject, string htmlMessage)
                    {
                        logger.LogInformation("[Email] To={Email} Subject={Subject} Body={Body}", {|PII002:subscriber.Email|}, subject, htmlMessage);
                        return Task.CompletedTask;
                    }
                }
            }
            """),

        new("sdesclaux/DataSanitization: Logging.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class DataSanitizationCustomerCreated(ILogger<DataSanitizationCustomerCreated> logger)
                {
                    [LoggerMessage(1, LogLevel.Information, "Customer Created {Customer}")]
                    static partial void LogCustomerCreated(ILogger log, Customer customer);

                    static partial void LogCustomerCreated(ILogger log, Customer customer) { }

                    public void Create(Customer customer)
                    {
                        LogCustomerCreated(logger, {|PII002:customer|});
                    }
                }
            }
            """),

        new("KriZ04/KollektivSystemSET24: KollektivSystem.ApiService/Infrastructure/Logging/UserLogMessages.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class KollektivUserCreated(ILogger<KollektivUserCreated> logger)
                {
                    [LoggerMessage(1, LogLevel.Information, "User {UserId} created, using provider {Provider} and subject {Sub}.")]
                    static partial void LogUserCreated(ILogger log, Guid userId, string provider, string sub);

                    static partial void LogUserCreated(ILogger log, Guid userId, string provider, string sub) { }

                    public void Created(Account account, ExternalLogin login)
                    {
                        LogUserCreated(logger, account.Id, login.Provider, login.ProviderKey);
                    }
                }
            }
            """),

        new("ImVictorM/ECommerceManagement: src/Application/Authentication/Queries/Login/LoginQueryHandler.Logs.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class ECommerceLoginQueryHandler(ILogger<ECommerceLoginQueryHandler> logger)
                {
                    [LoggerMessage(1, LogLevel.Debug, "Handling login for user with email {Email}.")]
                    static partial void LogHandlingLoginQuery(ILogger log, string email);

                    [LoggerMessage(2, LogLevel.Debug, "Authentication failed: Incorrect credentials supplied or user may be inactive.")]
                    static partial void LogAuthenticationFailed(ILogger log);

                    [LoggerMessage(3, LogLevel.Debug, "User with email {Email} was successfully authenticated.")]
                    static partial void LogSuccessfullyAuthenticatedUser(ILogger log, string email);

                    static partial void LogHandlingLoginQuery(ILogger log, string email) { }

                    static partial void LogAuthenticationFailed(ILogger log) { }

                    static partial void LogSuccessfullyAuthenticatedUser(ILogger log, string email) { }

                    public bool Handle(LoginForm query, Account? account)
                    {
                        LogHandlingLoginQuery(logger, {|PII002:query.Email|});
                        if (account == null || !account.IsActive)
                        {
                            LogAuthenticationFailed(logger);
                            return false;
                        }

                        LogSuccessfullyAuthenticatedUser(logger, {|PII002:account.Email|});
                        return true;
                    }
                }
            }
            """),

        new("Orkad/OrkadWeb: OrkadWeb.Application/ApplicationLogEvents.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class OrkadAuthenticationEvents(ILogger<OrkadAuthenticationEvents> logger)
                {
                    [LoggerMessage(1001, LogLevel.Information, "user {Username} successfully authenticated")]
                    static partial void LogAuthenticationSuccess(ILogger log, string username);

                    [LoggerMessage(1004, LogLevel.Warning, "email {Email} of user {Username} failed: {Reason}")]
                    static partial void LogEmailValidationFail(ILogger log, string email, string username, string reason);

                    static partial void LogAuthenticationSuccess(ILogger log, string username) { }

                    static partial void LogEmailValidationFail(ILogger log, string email, string username, string reason) { }

                    public void Authenticated(Account account)
                    {
                        LogAuthenticationSuccess(logger, {|PII002:account.UserName|});
                    }

                    public void ValidationFailed(Account account)
                    {
                        LogEmailValidationFail(logger, {|PII002:account.Email|}, {|PII002:account.UserName|}, "token expired");
                    }
                }
            }
            """),

        new("megducharme/bangazon-basic-cli: Customer/Customer.cs", """
            using System;

            namespace Sites
            {
                public class BangazonGreeting
                {
                    public void Greet(Customer customer)
                    {
                        Console.WriteLine({|PII002:$"Welcome {customer.FirstName} {customer.LastName}!"|});
                    }
                }
            }
            """),

        new("MpopoGeorge/clientele-November: EntityFrameworkCRUD/Customer.cs", """
            using System;
            using System.Collections.Generic;

            namespace Sites
            {
                public class ClienteleListing
                {
                    public void List(List<Customer> customers)
                    {
                        Console.WriteLine($"{customers.Count} customers");
                        foreach (var customer in customers)
                        {
                            Console.WriteLine({|PII002:customer|});
                        }
                    }

                    public void Show(Customer customer)
                    {
                        Console.WriteLine({|PII002:customer.ToString()|});
                    }
                }
            }
            """),

        new("Energinet-DataHub/energy-origin: domains/third-party-mock/Ralunarg/CustomClaimsTransformer.cs", """
            using System;
            using System.Collections.Generic;

            namespace Sites
            {
                public class EnergyOriginClaimsTransformer
                {
                    public void Transform(IEnumerable<ClaimEntry> claims)
                    {
                        foreach (var claim in claims)
                        {
                            Console.WriteLine({|PII002:$"Claim Type: {claim.Type}, Claim Value: {claim.Value}"|});
                        }
                    }
                }
            }
            """),

        new("kimjohnconcha/TestProjectWPF: TestProjectWPF/ViewModels/LoginVM.cs", """
            using System.Diagnostics;

            namespace Sites
            {
                public class WpfLoginViewModel
                {
                    public LoginForm Form { get; } = new();

                    public void Login()
                    {
                        Debug.WriteLine("Login method");
                        Debug.WriteLine({|PII002:"username " + Form.UserName|});
                    }
                }
            }
            """),

        new("vladyslavplus/Orderly: dotnet/UserService/Exceptions/UserAlreadyExistsException.cs", """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Sites
            {
                public class OrderlyRegisterUser
                {
                    public sealed class UserAlreadyExistsException(string email) : Exception($"User with email '{email}' already exists.");

                    public void Register(LoginForm form, List<Account> accounts)
                    {
                        if (accounts.Any(a => a.Email == form.Email))
                        {
                            throw new UserAlreadyExistsException({|PII002:form.Email|});
                        }
                    }
                }
            }
            """),

        new("btachinardi/lemon-todo: src/LemonDo.Application/Identity/Commands/LoginUserCommand.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LemonLoginUser(ILogger<LemonLoginUser> logger)
                {
                    public bool Handle(LoginForm command, string? errorCode)
                    {
                        logger.LogInformation("Login attempt for {EmailHash}", Redaction.Mask(command.Email));
                        if (errorCode != null)
                        {
                            logger.LogWarning("Login failed for {EmailHash}: {ErrorCode}", Redaction.Mask(command.Email), errorCode);
                            return false;
                        }

                        return true;
                    }
                }
            }
            """),

        new("btachinardi/lemon-todo: src/LemonDo.Application/Identity/Commands/RegisterUserCommand.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LemonRegisterUser(ILogger<LemonRegisterUser> logger)
                {
                    public void Handle(SignupForm command)
                    {
                        logger.LogInformation("Registering user {EmailHash}", Redaction.Mask(command.Email));
                    }
                }
            }
            """),

        new("btachinardi/lemon-todo: src/LemonDo.Infrastructure/Identity/AuthService.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LemonAuthService(ILogger<LemonAuthService> logger)
                {
                    public bool Register(SignupForm form, List<string> identityErrors)
                    {
                        var email = form.Email.Trim();
                        if (identityErrors.Count > 0)
                        {
                            logger.LogWarning("Registration failed for {EmailHash}: {Errors}", Redaction.Mask(email), string.Join(", ", identityErrors));
                            return false;
                        }

                        return true;
                    }

                    public bool SignIn(Account account, bool lockedOut)
                    {
                        if (lockedOut)
                        {
                            logger.LogWarning("Account locked for {EmailHash}", Redaction.Mask(account.Email));
                            return false;
                        }

                        return true;
                    }
                }
            }
            """),

        new("jellyfin/jellyfin: Emby.Server.Implementations/Session/SessionWebSocketListener.cs", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class JellyfinForceKeepAlive(ILogger<JellyfinForceKeepAlive> logger)
                {
                    public void SendKeepAlive(List<RequestContext> inactive, Action<RequestContext> send)
                    {
                        if (inactive.Any())
                        {
                            logger.LogInformation("Sending ForceKeepAlive message to {0} inactive WebSockets.", inactive.Count());
                        }

                        foreach (var webSocket in inactive)
                        {
                            try
                            {
                                send(webSocket);
                            }
                            catch (InvalidOperationException exception)
                            {
                                logger.LogInformation(exception, "Error sending ForceKeepAlive message to WebSocket.");
                            }
                        }
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaFlowErrors(ILogger<KavitaFlowErrors> logger)
                {
                    public string SendInvite(Account account, Action send)
                    {
                        try
                        {
                            send();
                            return "sent";
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "There was an error during invite user flow, unable to send an email");
                            return "There was an error setting up your account. Please check the logs";
                        }
                    }

                    public string UpdateAgeRestriction(Account account, Action commit)
                    {
                        try
                        {
                            commit();
                            return "ok";
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "There was an error updating the age restriction");
                            return "There was an error updating the age restriction";
                        }
                    }
                }
            }
            """),

        new("Kareadita/Kavita: API/Controllers/AccountController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class KavitaMigrationLink(ILogger<KavitaMigrationLink> logger)
                {
                    public string Resend(Account account, string baseUrl, string token, bool alreadyInvited)
                    {
                        if (alreadyInvited)
                        {
                            logger.LogInformation("A user is attempting to login, but hasn't accepted email invite");
                            return "User is already invited under this email and has yet to accepted invite.";
                        }

                        var emailLink = $"{baseUrl}/registration/confirm-migration-email?token={token}";
                        logger.LogCritical("[Email Migration]: Email Link: {Link}", emailLink);
                        return emailLink;
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/AccountController.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardDefaultExternalLogin(ILogger<OrchardDefaultExternalLogin> logger)
                {
                    private const string DefaultExternalLoginProtector = "DefaultExternalLogin";

                    public bool Validate(Func<bool> unprotect, bool tokensUpdated)
                    {
                        try
                        {
                            if (!unprotect())
                            {
                                return false;
                            }
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "An error occurred while validating {defaultExternalLogin} token", DefaultExternalLoginProtector);
                            return false;
                        }

                        if (!tokensUpdated)
                        {
                            logger.LogError("Error updating the external authentication tokens.");
                        }

                        return true;
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/AccountController.cs", """
            using System;
            using System.Collections.Generic;

            namespace Sites
            {
                public class OrchardLoginFormEvents
                {
                    public void LoginFailed(LoginForm model, List<Action<string>> loginFormEvents)
                    {
                        foreach (var loginFormEvent in loginFormEvents)
                        {
                            loginFormEvent(model.UserName);
                        }
                    }
                }
            }
            """),

        new("OrchardCMS/OrchardCore: src/OrchardCore.Modules/OrchardCore.Users/Controllers/ExternalAuthenticationsController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OrchardAutoRegistrationFailed(ILogger<OrchardAutoRegistrationFailed> logger)
                {
                    public Account? Register(ExternalLogin info, Account? created)
                    {
                        if (created == null)
                        {
                            logger.LogError("Unable to create internal account and link it to the external user.");
                            return null;
                        }

                        return created;
                    }
                }
            }
            """),

        new("dotnet/eShop: src/Ordering.API/Application/IntegrationEvents/EventHandling/OrderPaymentFailedIntegrationEventHandler.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EshopPaymentFailed(ILogger<EshopPaymentFailed> logger)
                {
                    public CancelOrderCommand Handle(OrderPaymentFailedEvent @event)
                    {
                        logger.LogInformation("Handling integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.Id, @event);
                        var command = new CancelOrderCommand(@event.OrderId);
                        logger.LogInformation(
                            "Sending command: {CommandName} - {IdProperty}: {CommandId} ({@Command})",
                            command.GetType().Name,
                            nameof(command.OrderNumber),
                            command.OrderNumber,
                            command);
                        return command;
                    }
                }
            }
            """),

        new("btcpayserver/btcpayserver: BTCPayServer/Controllers/UIAccountController.cs", """
            using System;

            namespace Sites
            {
                public class BtcPayConfirmEmail
                {
                    public Account ConfirmEmail(Guid userId, string? code, Account? account)
                    {
                        if (code == null)
                        {
                            throw new ApplicationException("A code must be supplied for this action.");
                        }

                        if (account == null)
                        {
                            throw new ApplicationException($"Unable to load user with ID '{userId}'.");
                        }

                        return account;
                    }
                }
            }
            """),

        new("exceptionless/Exceptionless: src/Exceptionless.Core/Jobs/WorkItemHandlers/RemoveOrganizationWorkItemHandler.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExceptionlessRemoveOrganization(ILogger<ExceptionlessRemoveOrganization> logger)
                {
                    public void Handle(Organization organization, Account currentUser)
                    {
                        using (logger.BeginScope(new Dictionary<string, object> { ["Organization"] = organization.Id }))
                        {
                            logger.LogInformation("Received remove organization work item for: {Organization}", organization.Id);
                        }
                    }
                }
            }
            """),

        new("IdentityModel/IdentityModel.OidcClient: src/OidcClient/OidcClient.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class OidcProcessResponse(ILogger<OidcProcessResponse> logger)
                {
                    public string? Process(string data, string? userInfoError, ClaimEntry? sub)
                    {
                        logger.LogTrace("ProcessResponseAsync");
                        logger.LogInformation("Processing response.");
                        logger.LogDebug("Authorize response: {response}", data);

                        if (userInfoError != null)
                        {
                            var error = $"Error contacting userinfo endpoint: {userInfoError}";
                            logger.LogError(error);
                            return error;
                        }

                        if (sub == null)
                        {
                            var error = "sub claim is missing from userinfo endpoint";
                            logger.LogError(error);
                            return error;
                        }

                        return null;
                    }
                }
            }
            """),
    ];
}

/// <summary>One labelled site: where its shape came from (<c>owner/repo: path</c>) and the rewritten class with its markup.</summary>
internal sealed record LogSite(string Source, string Code);

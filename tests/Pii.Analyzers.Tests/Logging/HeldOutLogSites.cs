namespace Pii.Analyzers.Tests.Logging;

/// <summary>
/// Held-out logging call sites, modeled on public repositories and labelled blind (without reading the analyzer).
/// Each site reproduces the shape of one real call site against the shared model below.
/// </summary>
internal static class HeldOutLogSites
{
    public const string Model = """
        namespace Sites
        {
            using System;
            using System.Collections.Generic;
            using Pii;

            public enum OrderStatus { Pending, Paid, Shipped, Cancelled }

            public enum MembershipLevel { Basic, Silver, Gold }

            public class Member
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string UserName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? PhoneNumber { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string FirstName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string LastName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public DateTime? DateOfBirth { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? LastIpAddress { get; set; }

                public bool EmailConfirmed { get; set; }
                public bool TwoFactorEnabled { get; set; }
                public string Role { get; set; } = "";
                public int AccessFailedCount { get; set; }
                public DateTime CreatedOnUtc { get; set; }
            }

            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string FirstName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string LastName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                public bool IsActive { get; set; }

                public override string ToString() => $"First name: {FirstName}\nLast name: {LastName}\nEmail: {Email}";
            }

            public class ExternalLogin
            {
                public string LoginProvider { get; set; } = "";
                public string ProviderKey { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? DisplayName { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? Email { get; set; }
            }

            public class LoginRequest
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string UserName { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                public string Password { get; set; } = "";
                public bool RememberMe { get; set; }
                public string? ReturnUrl { get; set; }
            }

            public class OutgoingEmail
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string To { get; set; } = "";

                public string Subject { get; set; } = "";
                public string HtmlBody { get; set; } = "";
            }

            public class SmsMessage
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string PhoneNumber { get; set; } = "";

                public string Text { get; set; } = "";
            }

            public class ContactForm
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Name { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Email { get; set; } = "";

                public string Subject { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Message { get; set; } = "";
            }

            public class Address
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Street { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string City { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string PostalCode { get; set; } = "";

                public string CountryCode { get; set; } = "";
            }

            public class Order
            {
                public long Id { get; set; }
                public Guid OrderGuid { get; set; }
                public int MemberId { get; set; }
                public decimal Total { get; set; }
                public OrderStatus Status { get; set; }
                public DateTime CreatedOnUtc { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string CustomerEmail { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string ShippingName { get; set; } = "";

                public Address? ShippingAddress { get; set; }
            }

            public class OrderResult
            {
                public long OrderId { get; set; }
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
                public decimal Amount { get; set; }
            }

            public class Client
            {
                public Guid Id { get; set; }
                public MembershipLevel Membership { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Name { get; set; } = "";
            }

            public class Tenant
            {
                public Guid Id { get; set; }
                public string Name { get; set; } = "";
            }

            public static class Redaction
            {
                [RedactsPersonalData]
                public static string Mask(string v) => "***";
            }
        }
        """;

    public static readonly LogSite[] All =
    [
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Register.cshtml.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class RegisterPageSite(ILogger<RegisterPageSite> logger)
                {
                    public async Task<int> OnPostAsync(LoginRequest input)
                    {
                        var member = new Member { UserName = input.Email, Email = input.Email };
                        await Task.Yield();
                        logger.LogInformation("User created a new account with password.");
                        return member.Id;
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Login.cshtml.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LoginPageSite(ILogger<LoginPageSite> logger)
                {
                    public string OnPost(LoginRequest input, bool succeeded, bool lockedOut)
                    {
                        if (succeeded)
                        {
                            logger.LogInformation("User logged in.");
                            return input.ReturnUrl ?? "/";
                        }

                        if (lockedOut)
                        {
                            logger.LogWarning("User account locked out.");
                            return "./Lockout";
                        }

                        return "";
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/ExternalLogin.cshtml.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExternalLoginCallbackSite(ILogger<ExternalLoginCallbackSite> logger)
                {
                    public string OnGetCallback(ExternalLogin info, bool signedIn)
                    {
                        if (signedIn)
                        {
                            logger.LogInformation("{Name} logged in with {LoginProvider} provider.", {|PII002:info.DisplayName|}, info.LoginProvider);
                            return "/";
                        }

                        return "./ExternalLogin";
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/ExternalLogin.cshtml.cs (OnPostConfirmationAsync)", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ExternalLoginConfirmationSite(ILogger<ExternalLoginConfirmationSite> logger)
                {
                    public Member OnPostConfirmation(ExternalLogin info)
                    {
                        var member = new Member { UserName = info.Email ?? "", Email = info.Email ?? "" };
                        logger.LogInformation("User created an account using {Name} provider.", info.LoginProvider);
                        return member;
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/LoginWith2fa.cshtml.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LoginWith2faSite(ILogger<LoginWith2faSite> logger)
                {
                    public string OnPost(Member? member, bool succeeded, bool lockedOut)
                    {
                        if (member == null)
                        {
                            throw new InvalidOperationException($"Unable to load two-factor authentication user.");
                        }

                        if (succeeded)
                        {
                            logger.LogInformation("User with ID '{UserId}' logged in with 2fa.", member.Id);
                            return "/";
                        }
                        else if (lockedOut)
                        {
                            logger.LogWarning("User with ID '{UserId}' account locked out.", member.Id);
                            return "./Lockout";
                        }
                        else
                        {
                            logger.LogWarning("Invalid authenticator code entered for user with ID '{UserId}'.", member.Id);
                            return "";
                        }
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/LoginWithRecoveryCode.cshtml.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LoginWithRecoveryCodeSite(ILogger<LoginWithRecoveryCodeSite> logger)
                {
                    public string OnPost(Member member, string recoveryCode, bool succeeded)
                    {
                        var code = recoveryCode.Replace(" ", string.Empty);
                        if (succeeded)
                        {
                            logger.LogInformation("User with ID '{UserId}' logged in with a recovery code.", member.Id);
                            return "/";
                        }

                        logger.LogWarning("Invalid recovery code entered for user with ID '{UserId}' ", member.Id);
                        return code;
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Manage/DeletePersonalData.cshtml.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class DeletePersonalDataSite(ILogger<DeletePersonalDataSite> logger)
                {
                    public void OnPost(Member member, bool deleted)
                    {
                        var userId = member.Id.ToString();
                        if (!deleted)
                        {
                            throw new InvalidOperationException($"Unexpected error occurred deleting user.");
                        }

                        logger.LogInformation("User with ID '{UserId}' deleted themselves.", userId);
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Manage/DownloadPersonalData.cshtml.cs", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class DownloadPersonalDataSite(ILogger<DownloadPersonalDataSite> logger)
                {
                    public Dictionary<string, string> OnPost(Member member)
                    {
                        logger.LogInformation("User with ID '{UserId}' asked for their personal data.", member.Id);
                        var personalData = new Dictionary<string, string>
                        {
                            ["UserName"] = member.UserName,
                            ["Email"] = member.Email,
                        };
                        return personalData;
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Manage/Disable2fa.cshtml.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class Disable2faSite(ILogger<Disable2faSite> logger)
                {
                    public void OnPost(Member member, bool disabled)
                    {
                        if (!disabled)
                        {
                            throw new InvalidOperationException($"Cannot disable 2FA for user with ID '{member.Id}' as it's not currently enabled.");
                        }

                        logger.LogInformation("User with ID '{UserId}' has disabled 2fa.", member.Id);
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Manage/EnableAuthenticator.cshtml.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class EnableAuthenticatorSite(ILogger<EnableAuthenticatorSite> logger)
                {
                    public void OnPost(Member member)
                    {
                        member.TwoFactorEnabled = true;
                        var userId = member.Id;
                        logger.LogInformation("User with ID '{UserId}' has enabled 2FA with an authenticator app.", userId);
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Manage/GenerateRecoveryCodes.cshtml.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class GenerateRecoveryCodesSite(ILogger<GenerateRecoveryCodesSite> logger)
                {
                    public void OnPost(Member member)
                    {
                        var userId = member.Id;
                        if (!member.TwoFactorEnabled)
                        {
                            throw new InvalidOperationException($"Cannot generate recovery codes for user as they do not have 2FA enabled.");
                        }

                        logger.LogInformation("User with ID '{UserId}' has generated new 2FA recovery codes.", userId);
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Manage/ResetAuthenticator.cshtml.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ResetAuthenticatorSite(ILogger<ResetAuthenticatorSite> logger)
                {
                    public string OnPost(Member member)
                    {
                        member.TwoFactorEnabled = false;
                        logger.LogInformation("User with ID '{UserId}' has reset their authentication app key.", member.Id);
                        return "./EnableAuthenticator";
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/Logout.cshtml.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LogoutSite(ILogger<LogoutSite> logger)
                {
                    public string OnPost(string? returnUrl)
                    {
                        logger.LogInformation("User logged out.");
                        return returnUrl ?? "/";
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/UI/src/Areas/Identity/Pages/V5/Account/ConfirmEmail.cshtml.cs", """
            using System;

            namespace Sites
            {
                public class ConfirmEmailSite
                {
                    public void OnGet(Member member, bool succeeded)
                    {
                        var userId = member.Id;
                        if (!succeeded)
                        {
                            throw new InvalidOperationException($"Error confirming email for user with ID '{userId}':");
                        }

                        member.EmailConfirmed = true;
                    }
                }
            }
            """),
        new("dotnet/aspnetcore: src/Identity/samples/IdentitySample.DefaultUI/Services/EmailSender.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class SampleEmailSenderSite(ILogger<SampleEmailSenderSite> logger)
                {
                    public Task SendEmailAsync(OutgoingEmail email)
                    {
                        logger.LogInformation("Sending email to {Email} with subject: {Subject}", {|PII002:email.To|}, email.Subject);
                        logger.LogInformation("Email body: {Body}", email.HtmlBody);
                        return Task.CompletedTask;
                    }
                }
            }
            """),
        new("Jobeba/NRI: NRI2/Classes/EmailSender.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class MockEmailSenderSite(ILogger<MockEmailSenderSite> logger)
                {
                    public Task SendEmailAsync(OutgoingEmail mail)
                    {
                        logger.LogInformation({|PII002:$"Mock email to {mail.To}: {mail.Subject} - {mail.HtmlBody}"|});
                        return Task.CompletedTask;
                    }
                }
            }
            """),
        new("SebastianDabkowski/mercato-4-test: src/Application/SD.ProjectName.WebApp/Services/LoggingEmailSender.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class LoggingEmailSenderSite(ILogger<LoggingEmailSenderSite> logger)
                {
                    public Task SendEmailAsync(OutgoingEmail message)
                    {
                        logger.LogInformation("Sending email to {Email} with subject {Subject}. Body: {Body}", {|PII002:message.To|}, message.Subject, message.HtmlBody);
                        return Task.CompletedTask;
                    }
                }
            }
            """),
        new("GentritMahmuti/EcommerceAPI: ECommerce.Consumer/EmailSender/LogEmailSender.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ConsumerLogEmailSenderSite(ILogger<ConsumerLogEmailSenderSite> logger)
                {
                    public async Task SendEmailAsync(OutgoingEmail outgoing)
                    {
                        logger.LogInformation({|PII002:$"Email: {outgoing.To}, subject: {outgoing.Subject}, message: {outgoing.HtmlBody}"|});
                        await Task.FromResult(0);
                    }
                }
            }
            """),
        new("cristianbraic/onlineshop: OnlineStore/Services/NullMailService.cs (with the contact action that calls it)", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class NullMailServiceSite(ILogger<NullMailServiceSite> logger)
                {
                    private const string ShopAddress = "shop@example.com";

                    public void Contact(ContactForm form)
                    {
                        var body = $"From: {form.Name} - {form.Email}, Message: {form.Message}";
                        logger.LogInformation({|PII002:$"To: {ShopAddress} Subject: {form.Subject} Body: {body}"|});
                    }
                }
            }
            """),
        new("zukaChachava/SmsApi: Sms.Infrastructure/InfrasturctureServices/SmsProviders/TwilioSmsProvider.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public sealed class TwilioSmsProviderSite(ILogger<TwilioSmsProviderSite> logger)
                {
                    public Task SendSmsAsync(SmsMessage sms)
                    {
                        logger.LogInformation($"Sending sms message: {sms.Text}");
                        return Task.CompletedTask;
                    }
                }
            }
            """),
        new("wiknap/toolbox: Wiknap.Email/src/Wiknap.Email.DependencyInjection/LoggerExtensions.cs (SendingEmail/EmailSent)", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class WiknapEmailClientSite(ILogger<WiknapEmailClientSite> logger)
                {
                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sending email to {email}")]
                    private static partial void SendingEmail(ILogger logger, string email);
                    private static partial void SendingEmail(ILogger logger, string email) { }

                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Email sent to {email}")]
                    private static partial void EmailSent(ILogger logger, string email);
                    private static partial void EmailSent(ILogger logger, string email) { }

                    public async Task SendAsync(OutgoingEmail message)
                    {
                        SendingEmail(logger, {|PII002:message.To|});
                        await Task.Delay(1);
                        EmailSent(logger, {|PII002:message.To|});
                    }
                }
            }
            """),
        new("wiknap/toolbox: Wiknap.Email/src/Wiknap.Email.DependencyInjection/LoggerExtensions.cs (SearchingEmail/EmailExcluded)", """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class WiknapEmailSearchSite(ILogger<WiknapEmailSearchSite> logger)
                {
                    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Searching for email")]
                    private static partial void SearchingEmail(ILogger logger);
                    private static partial void SearchingEmail(ILogger logger) { }

                    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Email is excluded {email}")]
                    private static partial void EmailExcluded(ILogger logger, string email);
                    private static partial void EmailExcluded(ILogger logger, string email) { }

                    public List<Member> Filter(IEnumerable<Member> members, ISet<string> excluded)
                    {
                        SearchingEmail(logger);
                        var result = new List<Member>();
                        foreach (var member in members)
                        {
                            if (excluded.Contains(member.Email))
                            {
                                EmailExcluded(logger, {|PII002:member.Email|});
                                continue;
                            }

                            result.Add(member);
                        }

                        return result;
                    }
                }
            }
            """),
        new("kirill-d-lappo/hot-chocolate-demo: src/HCDemo.Services/UserManagement/Users/UserCreationServiceLoggers.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class UserCreationServiceSite(ILogger<UserCreationServiceSite> logger)
                {
                    [LoggerMessage(Level = LogLevel.Information, Message = "User was created: {@User}")]
                    private static partial void UserWasCreated(ILogger logger, Member user);
                    private static partial void UserWasCreated(ILogger logger, Member user) { }

                    public async Task<int> CreateUserAsync(string userName, string email)
                    {
                        var user = new Member { UserName = userName, Email = email };
                        await Task.Yield();
                        UserWasCreated(logger, {|PII002:user|});
                        return user.Id;
                    }
                }
            }
            """),
        new("kirill-d-lappo/hot-chocolate-demo: src/HotChocolateDemo.Services/OrderManagement/Orders/OrderCreationServiceLoggers.cs (OrderId)", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class OrderCreationByIdSite(ILogger<OrderCreationByIdSite> logger)
                {
                    [LoggerMessage(Level = LogLevel.Information, Message = "Order was created: {OrderId}")]
                    private static partial void OrderWasCreated(ILogger logger, long orderId);
                    private static partial void OrderWasCreated(ILogger logger, long orderId) { }

                    public long Create(Order order)
                    {
                        order.Status = OrderStatus.Pending;
                        OrderWasCreated(logger, order.Id);
                        return order.Id;
                    }
                }
            }
            """),
        new("kirill-d-lappo/hot-chocolate-demo: src/HotChocolateDemo.Services/OrderManagement/Orders/OrderCreationServiceLoggers.cs ({@Order})", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class OrderCreationWholeSite(ILogger<OrderCreationWholeSite> logger)
                {
                    [LoggerMessage(Level = LogLevel.Information, Message = "Order was created: {@Order}")]
                    private static partial void OrderWasCreated(ILogger logger, Order order);
                    private static partial void OrderWasCreated(ILogger logger, Order order) { }

                    public Order Create(int memberId, string email, string shippingName)
                    {
                        var order = new Order { MemberId = memberId, CustomerEmail = email, ShippingName = shippingName };
                        OrderWasCreated(logger, {|PII002:order|});
                        return order;
                    }
                }
            }
            """),
        new("rosered11/open-telemetry-demo: src/product/Product.Api/Kafka/Log.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class OrderConsumerSite(ILogger<OrderConsumerSite> logger)
                {
                    [LoggerMessage(Level = LogLevel.Information, Message = "Order details: {@OrderResult}.")]
                    private static partial void OrderReceivedMessage(ILogger logger, OrderResult orderResult);
                    private static partial void OrderReceivedMessage(ILogger logger, OrderResult orderResult) { }

                    public void Consume(OrderResult result)
                    {
                        OrderReceivedMessage(logger, result);
                    }
                }
            }
            """),
        new("tanaya-12/dotnet-training: Day04/ConsoleApp2/Program.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class TrainingUserServiceSite(ILogger<TrainingUserServiceSite> logger)
                {
                    public void CreateUser(Member member)
                    {
                        logger.LogInformation("Creating user: {Name}", {|PII002:member.UserName|});

                        try
                        {
                            member.CreatedOnUtc = DateTime.UtcNow;
                            logger.LogInformation("User {Name} created successfully", {|PII002:member.UserName|});
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "Failed to create user: {Name}", {|PII002:member.UserName|});
                        }
                    }
                }
            }
            """),
        new("toriariddle/OnboardingConsoleApplication: OnboardingApp/Program.cs", """
            using System;

            namespace Sites
            {
                public class OnboardingConsoleSite
                {
                    public void Run()
                    {
                        var user = new Customer();
                        Console.WriteLine("Hello and welcome to the Onboard Application!");
                        user.FirstName = AskQuestion("What is your first name?");
                        Console.WriteLine({|PII002:$"Great, hello {user.FirstName}!"|});

                        user.LastName = AskQuestion("What is your last name?");
                        Console.WriteLine({|PII002:$"Great, hello {user.FirstName} {user.LastName}!"|});
                    }

                    private static string AskQuestion(string question)
                    {
                        Console.WriteLine(question);
                        return Console.ReadLine() ?? "";
                    }
                }
            }
            """),
        new("talreg/actions_cs: Console/User.cs", """
            using System;

            namespace Sites
            {
                public class DisplayUserInfoSite
                {
                    public void DisplayUserInfo(Customer user)
                    {
                        Console.WriteLine({|PII002:$"First Name: {user.FirstName}"|});
                        Console.WriteLine({|PII002:$"Last Name: {user.LastName}"|});
                        Console.WriteLine({|PII002:$"Email: {user.Email}"|});
                    }
                }
            }
            """),
        new("JoaoVitor2344/CRUD: ConsoleApp1/Models/User.cs (ToString written to the console)", """
            using System;
            using System.Collections.Generic;

            namespace Sites
            {
                public class ConsoleCrudSite
                {
                    private readonly List<Customer> _users = new();

                    public void Create(string firstName, string lastName, string email)
                    {
                        var user = new Customer { Id = _users.Count + 1, FirstName = firstName, LastName = lastName, Email = email };
                        _users.Add(user);
                        Console.WriteLine("User created:");
                        Console.WriteLine({|PII002:user|});
                    }

                    public void List()
                    {
                        foreach (var user in _users)
                        {
                            Console.WriteLine($"Id: {user.Id}");
                            Console.WriteLine({|PII002:user|});
                        }
                    }
                }
            }
            """),
        new("multimac/booking-calendar: dotnet/src/Booking.Api/Logging/AccountControllerExtensions.cs", """
            using System;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class AccountControllerLoggingSite(ILogger<AccountControllerLoggingSite> logger)
                {
                    private static class Log
                    {
                        private static readonly Action<ILogger, string, Exception?> loginAttempted =
                            LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Login attempted by {User}.");

                        public static void LoginAttempted(ILogger logger, string user) => loginAttempted(logger, user, null);
                    }

                    public bool Login(LoginRequest request)
                    {
                        Log.LoginAttempted(logger, {|PII002:request.UserName|});
                        return request.Password.Length > 0;
                    }
                }
            }
            """),
        new("FruitNinja69/VincentRobertThikalvannan_LB_183: HZ5.md (Login action)", """
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class InsecureAppLoginSite(ILogger<InsecureAppLoginSite> logger, List<Member> users)
                {
                    public Member? Login(LoginRequest request)
                    {
                        if (string.IsNullOrEmpty(request.UserName) || string.IsNullOrEmpty(request.Password))
                        {
                            return null;
                        }

                        string username = request.UserName;
                        Member? user = users.FirstOrDefault(u => u.UserName == username);
                        if (user == null)
                        {
                            logger.LogWarning({|PII002:$"login failed for user '{request.UserName}'"|});
                            return null;
                        }

                        logger.LogInformation({|PII002:$"login successful for user '{request.UserName}'"|});
                        return user;
                    }
                }
            }
            """),
        new("ahmettugur/AspNetAspireMicroservice: AspNetAspireMicroservice/src/Clients/Clients.Api/Diagnostics/Extensions/ActivityExtensions.cs", """
            using System.Diagnostics;

            namespace Sites
            {
                public class ClientActivitySite
                {
                    public Activity? EnrichWithClient(Activity? activity, Client client)
                    {
                        activity?.SetTag("client.id", client.Id);
                        activity?.SetTag("client.membership", client.Membership.ToString());
                        return activity;
                    }
                }
            }
            """),
        new("ActualLab/Fusion: src/ActualLab.Core/Diagnostics/ActivityExt.cs", """
            using System.Diagnostics;

            namespace Sites
            {
                public class TenantActivitySite
                {
                    public Activity? AddTenantTags(Activity? activity, Tenant tenant)
                        => activity?.AddTag("tenantId", tenant.Id);
                }
            }
            """),
        new("Altinn/app-lib-dotnet: src/Altinn.App.Core/Features/Telemetry (SetUserId / StartGetUserProfileActivity)", """
            using System.Diagnostics;

            namespace Sites
            {
                public class ProfileTelemetrySite
                {
                    private static readonly ActivitySource Source = new("Sites.Profile");

                    public Activity? StartGetUserProfileActivity(Member member)
                    {
                        var activity = Source.StartActivity("ProfileClient.GetUserProfile");
                        activity?.SetTag("ProfileClient.UserId", member.Id);
                        return activity;
                    }
                }
            }
            """),
        new("dragos-tudor/backend-security: Security.Authentication.OAuth.Base/OAuthLoggers/Accessing.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public partial class OAuthUserInfoSite(ILogger<OAuthUserInfoSite> logger)
                {
                    [LoggerMessage(29, LogLevel.Information, "AuthenticationScheme: {SchemeName} accessing user informations failed. Failure message: {FailureMessage}. [{RequestId}]")]
                    private static partial void LogAccessUserInfoFailure(ILogger logger, string schemeName, string failureMessage, string requestId);
                    private static partial void LogAccessUserInfoFailure(ILogger logger, string schemeName, string failureMessage, string requestId) { }

                    public void OnFailure(ExternalLogin login, string failureMessage, string requestId)
                    {
                        LogAccessUserInfoFailure(logger, login.LoginProvider, failureMessage, requestId);
                    }
                }
            }
            """),
        new("CodeMazeBlog/CodeMazeGuides: dotnet-logging/CustomPropertiesWithSerilogOutputTemplates/CustomPropertiesWithSerilog/CustomPropertiesFromContextEnricher.cs", """
            using Serilog;
            using Serilog.Context;

            namespace Sites
            {
                public class SerilogContextEnricherSite(ILogger logger)
                {
                    public void EnrichFromContextPushPropertyScoped(Member member)
                    {
                        using (LogContext.PushProperty("UserId", member.Id))
                        {
                            logger.Information("User Tried to Login");
                        }
                    }

                    public void EnrichFromContextForContext(Member member)
                    {
                        var contextLogger = logger.ForContext("UserId", member.Id);
                        contextLogger.Information("User tried to log in");
                    }
                }
            }
            """),
        new("code4builder/SK.TrackYourDay: SK.TrackYourDay.Expenses/Middleware/LogUserNameMiddleware.cs", """
            using System;
            using System.Threading.Tasks;
            using Serilog.Context;

            namespace Sites
            {
                public class LogUserNameMiddlewareSite(Func<Task> next)
                {
                    public Task Invoke(Member current)
                    {
                        LogContext.PushProperty("UserName", {|PII002:current.UserName|});
                        return next();
                    }
                }
            }
            """),
        new("robsotonet/SimpleWhoAndWhat-api: src/WhoAndWhat.Api/LogContextMiddleware.cs", """
            using System;
            using System.Threading.Tasks;
            using Serilog.Context;

            namespace Sites
            {
                public class LogContextMiddlewareSite(Func<Task> next)
                {
                    public async Task InvokeAsync(string traceIdentifier, Member? current)
                    {
                        LogContext.PushProperty("RequestId", traceIdentifier);
                        var userId = current?.Id;
                        if (userId != null)
                        {
                            LogContext.PushProperty("UserId", userId);
                        }

                        await next();
                    }
                }
            }
            """),
        new("rafael-rm/hyzen-auth: Auth.Domain/Exceptions/UserAlreadyExistsException.cs (thrown on sign-up)", """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Sites
            {
                public class SignUpServiceSite(List<Member> members)
                {
                    private sealed class UserAlreadyExistsException(string email) : Exception($"User with email {email} already exists.");

                    public Member SignUp(LoginRequest request)
                    {
                        if (members.Any(m => m.Email == request.Email))
                        {
                            throw new UserAlreadyExistsException({|PII002:request.Email|});
                        }

                        var member = new Member { Email = request.Email, UserName = request.UserName };
                        members.Add(member);
                        return member;
                    }
                }
            }
            """),
        new("lncendia/Soofle: VkQ.Domain/Users/Exceptions/InvalidEmailException.cs (thrown by the user entity)", """
            using System;
            using System.Text.RegularExpressions;

            namespace Sites
            {
                public class ChangeEmailSite
                {
                    private sealed class InvalidEmailException : Exception
                    {
                        public InvalidEmailException(string email) : base($"Invalid email: {email}. Email must be in format: <user>@<domain>")
                        {
                        }
                    }

                    public void ChangeEmail(Member member, LoginRequest request)
                    {
                        if (!Regex.IsMatch(request.Email, @"^[^@\s]+@[^@\s]+$"))
                        {
                            throw new InvalidEmailException({|PII002:request.Email|});
                        }

                        member.Email = request.Email;
                    }
                }
            }
            """),
        new("Sholtee/warehouse: SRC/App/Warehouse.API/Infrastructure/Middlewares/LoggingMiddleware.cs", """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                internal sealed class ClientScopeMiddlewareSite(Func<Task> next, ILogger<ClientScopeMiddlewareSite> logger)
                {
                    public async Task InvokeAsync(Member? current)
                    {
                        using (logger.BeginScope({|PII002:new { Client = current?.UserName }|}))
                        {
                            await next();
                        }
                    }
                }
            }
            """),
        new("denniscq/netcoreDemo: Middleware/Middleware/Middleware/MyMiddleware.cs", """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class TraceScopeMiddlewareSite(Func<Task> next, ILogger<TraceScopeMiddlewareSite> logger)
                {
                    public async Task InvokeAsync(string traceIdentifier)
                    {
                        using (logger.BeginScope("TraceIdentifier:{TraceIdentifier}", traceIdentifier))
                        {
                            logger.LogInformation("start execute");
                            await next();
                            logger.LogInformation("end execute");
                        }
                    }
                }
            }
            """),
        new("MD-FARHAN-UL-ASIF/SerilogStructuredLogging: Controllers/LogController.cs", """
            using Microsoft.Extensions.Logging;

            namespace Sites
            {
                public class ObjectLogControllerSite(ILogger<ObjectLogControllerSite> logger)
                {
                    public int Get()
                    {
                        logger.LogInformation("This is a log message. This is an object: {user}", new { Name = "John Doe" });
                        return 200;
                    }
                }
            }
            """),
        new("nlutala/trace-and-debug: Program.cs", """
            using System.Diagnostics;

            namespace Sites
            {
                public class ProductTraceSite
                {
                    public void Run(OrderResult item)
                    {
                        Trace.WriteLine("Trace Information-Product Starting ");
                        Trace.Indent();
                        Trace.WriteLine("The product name is " + item.Sku);
                        Trace.WriteLine("The product name is" + item.Sku, "Field");
                        Trace.WriteLineIf(item.Quantity > 50, "This message WILL appear");
                        Trace.Unindent();
                        Trace.WriteLine("Trace Information-Product Ending");
                    }
                }
            }
            """),
    ];
}

using Mailing;
using Microsoft.AspNetCore.Builder;

// The e-mail marketing platform of the seed policies, running on Pii. `dotnet run --project samples/Pii.Mailing`,
// then open http://localhost:5080/ (the home page lists what to try) or http://localhost:5080/openapi/v1.json.
WebApplication app = MailingApp.Create(args);
await MailingApp.PrepareDatabaseAsync(app);
await app.RunAsync();

using System;
using Microsoft.Extensions.Logging;

namespace Pii.Compliance
{
    /// <summary>Turns on redaction of classified log values with Pii's redactors, in one call.</summary>
    public static class PiiLoggingBuilderExtensions
    {
        /// <summary>
        /// Adds Pii's redactors (<see cref="PiiRedactionBuilderExtensions.AddPiiRedaction"/>) and enables redaction
        /// in logging without the discriminator (<see cref="LoggerRedactionOptions.ApplyDiscriminator"/> = false).
        /// </summary>
        /// <remarks>
        /// The discriminator appends <c>:{tag name}</c> to each value before it is redacted. Pii's redactors keep part
        /// of the value's form (the domain of an address, the network of an IP address), so with the discriminator an
        /// IP address no longer parses and shows as <c>****</c>, an e-mail address shows as
        /// <c>c***@example.com:Email</c>, and the keyed hash of one value differs from tag to tag, which defeats its
        /// purpose: correlating the log lines about one person. Without the discriminator, the forms are those of the
        /// generated <c>ToRedactedString()</c>.
        /// </remarks>
        /// <param name="logging">The logging builder.</param>
        /// <param name="configure">Adds the hash keys and names the current one.</param>
        /// <returns>The logging builder.</returns>
        /// <exception cref="ArgumentException">A hash key is shorter than 16 bytes, or its id is empty, malformed or taken.</exception>
        /// <exception cref="InvalidOperationException">The current key id names no key, or there are several keys and none is current.</exception>
        public static ILoggingBuilder EnablePiiRedaction(this ILoggingBuilder logging, Action<PiiRedactionOptions>? configure = null)
        {
            if (logging is null)
            {
                throw new ArgumentNullException(nameof(logging));
            }

            logging.Services.AddPiiRedaction(configure);
            return logging.EnableRedaction(options => options.ApplyDiscriminator = false);
        }
    }
}

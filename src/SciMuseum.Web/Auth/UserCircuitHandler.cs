using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Auth;

/// <summary>
/// Interactive pages run outside any HTTP request: this keeps the circuit's <see cref="UserContext"/> (and so the
/// tenant filter) in step with the signed-in user for every event the circuit handles.
/// </summary>
internal sealed class UserCircuitHandler(AuthenticationStateProvider auth, UserContext user) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken ct) => ApplyAsync();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await ApplyAsync();
            await next(context);
        };

    private async Task ApplyAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        user.Use(state.User, UserContext.HomeMuseum(state.User));
    }
}

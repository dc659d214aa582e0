package fr.ambassade.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.ambassade.config.AmbassadeProperties;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.DefaultApplicationArguments;

/** Start-up logic: demo logins in demo mode, else the first administrator from ambassade.admin-email. */
@ExtendWith(OutputCaptureExtension.class)
class AccountsBootstrapTest {

    final AccountService service = mock(AccountService.class);

    @TempDir
    Path dataDir;

    AccountsBootstrap bootstrap(boolean demo, String adminEmail) {
        AmbassadeProperties properties = new AmbassadeProperties(dataDir, demo, "https://ot.example", adminEmail, null);
        return new AccountsBootstrap(service, new DemoMode(demo), properties);
    }

    @Test
    void productionWithoutAdminCreatesTheFirstAdministrator() {
        when(service.enabledAdminExists()).thenReturn(false);
        when(service.createFirstAdmin("boss@ot.example")).thenReturn("https://ot.example/password/reset?token=abc");
        bootstrap(false, "boss@ot.example").run(new DefaultApplicationArguments());
        verify(service).createFirstAdmin("boss@ot.example");
        verify(service, never()).ensureDemoAccount(anyString(), anyString(), any(), anyString());
    }

    @Test
    void theLinkGoesToAFileOnlyTheServersUserReadsAndTheLogNamesTheFileOnly(CapturedOutput log) throws Exception {
        when(service.enabledAdminExists()).thenReturn(false);
        when(service.createFirstAdmin("boss@ot.example")).thenReturn("https://ot.example/password/reset?token=abc123secret");

        Path file = bootstrap(false, " Boss@OT.example ").createFirstAdminIfNeeded();

        assertThat(file).isEqualTo(dataDir.resolve("first-admin-link.txt"));
        assertThat(Files.readString(file)).contains("https://ot.example/password/reset?token=abc123secret").contains("boss@ot.example");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(log.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain("abc123secret");
    }

    @Test
    void anExistingAdministratorMeansNothingToDo() {
        when(service.enabledAdminExists()).thenReturn(true);
        bootstrap(false, "boss@ot.example").run(new DefaultApplicationArguments());
        verify(service, never()).createFirstAdmin(anyString());
    }

    @Test
    void withoutTheSettingNoAdministratorIsCreated() {
        when(service.enabledAdminExists()).thenReturn(false);
        bootstrap(false, " ").run(new DefaultApplicationArguments());
        verify(service, never()).createFirstAdmin(anyString());
    }

    @Test
    void demoModeCreatesOneLoginPerRoleAndNoFirstAdmin() {
        bootstrap(true, "boss@ot.example").run(new DefaultApplicationArguments());
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            verify(service).ensureDemoAccount(demo.email(), demo.displayName(), demo.roles(), "demo-ambassade");
        }
        verify(service, never()).createFirstAdmin(anyString());
    }
}

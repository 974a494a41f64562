package dev.geul;

import com.vaadin.flow.component.dependency.StyleSheet;
import dev.geul.backup.BackupCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * geul, a blog for people who write in Korean and English. Lives in the root package so that entities and
 * repositories of every module are found.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("geul.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class GeulApplication implements AppShellConfigurator {

    /** Starts the blog; {@code backup} and {@code restore ARCHIVE [--force]} run that instead, and exit. */
    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(GeulApplication.class, args);
    }
}

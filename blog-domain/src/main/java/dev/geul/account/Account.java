package dev.geul.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Entity
public class Account {

    public static final int USERNAME_MAX_LENGTH = 50;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = 8;
    public static final int PASSWORD_MAX_LENGTH = 128;
    public static final String USERNAME_PATTERN = "[a-zA-Z0-9._-]+";
    public static final int BIO_MAX_LENGTH = 300;
    public static final int AVATAR_PATH_MAX_LENGTH = 200;
    /** A picture the blog's media store gave out ({@code /media/yyyy/MM/name}): no image from elsewhere follows readers. */
    public static final String AVATAR_PATH_PATTERN = "/media/\\d{4}/\\d{2}/[0-9a-f]{32}\\.(png|jpg|gif|webp)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN, message = "{error.account.username}")
    @Column(nullable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @NotBlank
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A few words about the writer, plain text, shown to readers under their posts. */
    @Size(max = BIO_MAX_LENGTH)
    @Column(length = BIO_MAX_LENGTH)
    private @Nullable String bio;

    /** The writer's picture, a path of the blog's media, or null. */
    @Size(max = AVATAR_PATH_MAX_LENGTH)
    @Pattern(regexp = AVATAR_PATH_PATTERN)
    @Column(name = "avatar_path", length = AVATAR_PATH_MAX_LENGTH)
    private @Nullable String avatarPath;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getBio() {
        return bio;
    }

    public @Nullable String getAvatarPath() {
        return avatarPath;
    }

    void changeProfile(String displayName, @Nullable String avatarPath, @Nullable String bio) {
        this.displayName = displayName;
        this.avatarPath = avatarPath;
        this.bio = bio;
    }

    public long getVersion() {
        return version;
    }
}

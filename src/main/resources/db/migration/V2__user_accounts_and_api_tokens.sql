-- People who sign in, their business-unit scope, and their personal API tokens.

CREATE TABLE user_account (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200),
    role VARCHAR(20) NOT NULL,
    failed_sign_ins INT NOT NULL DEFAULT 0,
    locked_until TIMESTAMP(6) NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account_business_unit (
    user_id BIGINT NOT NULL,
    business_unit_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, business_unit_id),
    CONSTRAINT fk_user_unit_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_user_unit_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    revoked_at TIMESTAMP(6) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    username VARCHAR(100),
    display_name VARCHAR(200),
    role VARCHAR(20),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_user_account_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account_business_unit_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    user_id BIGINT NOT NULL,
    business_unit_id BIGINT NOT NULL,
    PRIMARY KEY (REV, user_id, business_unit_id),
    CONSTRAINT fk_user_unit_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_token_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    user_id BIGINT,
    name VARCHAR(100),
    created_at TIMESTAMP(6) NULL,
    revoked_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_api_token_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
